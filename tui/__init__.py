"""The Textual app over a factcheck workspace: renders and records review decisions."""
