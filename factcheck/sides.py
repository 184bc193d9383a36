"""The sides of a conflict: which names and words count people on which side.

The workspace holds the user's table; ordinary English words for the two generic
sides of most wars ("rebels", "the army") are built in (``BUILT_IN``) and a user's
entry for the same word wins. The TOML form, one table per side::

    [[side]]
    name = "Wagner/Russian"
    label = "Wagner/Russian fighters"   # how a group label names its people (optional)
    members = ["Wagner", "Russian", "Russians"]

A member may be several words ("Rapid Support Forces"); matching ignores case. An inline
list under ``sides`` (``sides = [{ name = "M23", members = ["M23", "rebels"] }]``, as a
benchmark event file has it) reads the same.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from factcheck.errors import InputError
from factcheck.tomlfile import read_toml

SIDES_FILE_NAME: Final = "sides.toml"
#: the longest member, in words, that is looked for.
LONGEST_MEMBER: Final = 4
INSURGENT: Final = "insurgent"
GOVERNMENT: Final = "government"


#: a side named for its forces already ("Nigerian security forces") is its own label.
FORCE_WORDS: Final = frozenset({"forces", "army", "troops", "military", "police", "militia"})


def default_label(name: str) -> str:
    return name if name.split()[-1].casefold() in FORCE_WORDS else f"{name} forces"


@dataclass(frozen=True, slots=True)
class Side:
    name: str
    label: str
    members: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SideTable:
    """casefolded member (one or more words) -> side name, and side name -> label."""

    terms: Mapping[str, str] = field(default_factory=dict)
    labels: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, sides: Iterable[Side]) -> SideTable:
        sides = list(sides)
        return cls({m: s.name for s in sides for m in s.members}, {s.name: s.label for s in sides})

    def over(self, base: SideTable) -> SideTable:
        """This table's entries winning over ``base``'s."""
        return SideTable({**base.terms, **self.terms}, {**base.labels, **self.labels})

    def sides_in(self, words: Sequence[str]) -> list[str]:
        """Sides named in casefolded ``words``, in order, the longest member winning."""
        found: list[str] = []
        i = 0
        while i < len(words):
            for size in range(min(LONGEST_MEMBER, len(words) - i), 0, -1):
                side = self.terms.get(" ".join(words[i:i + size]))
                if side is not None:
                    found.append(side)
                    i += size
                    break
            else:
                i += 1
        return list(dict.fromkeys(found))

    def label(self, side: str) -> str:
        return self.labels.get(side) or default_label(side)


#: Words that name a side in any war's reporting; a user's table overrides any of them
#: ("army" = "Malian" in a Mali workspace).
BUILT_IN: Final = SideTable(
    terms={
        **dict.fromkeys(
            ("rebel", "rebels", "separatist", "separatists", "insurgent", "insurgents",
             "militant", "militants", "jihadist", "jihadists", "terrorist", "terrorists"),
            INSURGENT),
        **dict.fromkeys(("government", "army", "military", "armed forces", "junta"),
                        GOVERNMENT),
    },
    labels={INSURGENT: "insurgent fighters", GOVERNMENT: "government forces"},
)


def load_sides_toml(path: str | Path) -> list[Side]:
    """The sides a TOML file declares; a malformed entry is one clear error."""
    path = Path(path)
    data = read_toml(path, "sides file")
    sides = []
    entries = data.get("side", []) or data.get("sides", [])  # "sides = [{...}]" reads alike
    if not isinstance(entries, list):
        raise InputError(f"{path}: 'side' must be a list of tables ([[side]])")
    for number, entry in enumerate(entries, start=1):
        name = entry.get("name") if isinstance(entry, dict) else None
        members = entry.get("members") if isinstance(entry, dict) else None
        label = entry.get("label", "") if isinstance(entry, dict) else None
        if (not isinstance(name, str) or not name.strip() or not isinstance(members, list)
                or not all(isinstance(m, str) and m.strip() for m in members)
                or not isinstance(label, str)):
            raise InputError(f"{path}: side {number} needs a name and a list of members "
                             "(and optionally a label)")
        sides.append(Side(name.strip(), label.strip() or default_label(name.strip()),
                          tuple(member_key(m) for m in members)))
    return sides


def member_key(member: str) -> str:
    """How a member is stored and looked up: casefolded, single-spaced, plain apostrophe."""
    return " ".join(member.casefold().replace("\u2019", "'").split())
