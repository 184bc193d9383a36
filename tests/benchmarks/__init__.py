"""Tests of the benchmarks package (outside the product): scoring, harnesses, generators."""
