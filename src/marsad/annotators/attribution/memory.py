"""The speakers heard so far in a document, for the cues that name no one (وأضاف:، وقالت إن، وأكدوا أن).

Entries are kept in walk order with their paragraph, which never decreases: the
lookups slice the paragraphs they may reach (bisect) instead of reading every
entry, so a long document stays near-linear.
"""
from __future__ import annotations

import bisect

from .agreement import agrees
from .speakers import Speaker
from .words import ANONYMOUS, ORGANISATIONS, ROLES, TITLES


class SpeakerMemory:
    """Speakers in text order, for the cues that name no one (وأضاف:) and for coreference.

    Entries hold the paragraph they were last heard in; a cue without a subject
    resolves only to a speaker heard in the last `reach` paragraphs."""

    def __init__(self, reach: int = 3, agreeing_reach: int = 6) -> None:
        self.entries: list[tuple[int, int, Speaker]] = []     # (offset, paragraph, speaker)
        self._paragraphs: list[int] = []      # the entries' paragraphs: in walk order, never decreasing
        self._ordered = True                  # (else every lookup scans all entries)
        self.silent: set[int] = set()         # ids of speakers only read as a clause's subject (ووجه المدير رسالة)
        self.groups: list[Speaker] = []
        self.reach = reach                    # any latest speaker
        self.agreeing_reach = agreeing_reach  # one whose agreement fits (وأكدوا: the plural speaker)

    def add(self, position: int, speaker: Speaker, paragraph: int = 0, silent: bool = False) -> Speaker:
        if silent:
            self.silent.add(id(speaker))
        if speaker.explicit and speaker.group < 0:
            speaker.group = self._corefer(speaker)
            if speaker.entity is None and self.groups[speaker.group].entity is not None:
                first = self.groups[speaker.group]
                speaker.entity, speaker.mention = first.entity, first.mention
        if self._paragraphs and paragraph < self._paragraphs[-1]:
            self._ordered = False
        self.entries.append((position, paragraph, speaker))
        self._paragraphs.append(paragraph)
        return speaker

    def between(self, first: int, last: int) -> list[tuple[int, int, Speaker]]:
        """The entries heard in paragraphs first..last, in order (a slice, not a scan, as paragraphs come in order)."""
        if not self._ordered:
            return [e for e in self.entries if first <= e[1] <= last]
        return self.entries[bisect.bisect_left(self._paragraphs, first):bisect.bisect_right(self._paragraphs, last)]

    def latest_first(self, last: int):
        """The entries heard in paragraphs up to `last`, the latest first (read lazily, not copied)."""
        entries = self.entries
        end = len(entries) if not self._ordered else bisect.bisect_right(self._paragraphs, last)
        for k in range(end - 1, -1, -1):
            if entries[k][1] <= last:
                yield entries[k]

    def heard_in(self, paragraph: int) -> bool:
        if not self._ordered:
            return any(par == paragraph for _, par, _ in self.entries)
        k = bisect.bisect_left(self._paragraphs, paragraph)
        return k < len(self._paragraphs) and self._paragraphs[k] == paragraph

    def _corefer(self, speaker: Speaker) -> int:
        """An earlier speaker this one names again: same entity, or its words contained (المتحدثة)."""
        for gid in range(len(self.groups) - 1, -1, -1):
            earlier = self.groups[gid]
            if speaker.entity is not None and speaker.entity == earlier.entity:
                return gid
            if speaker.entity is not None and earlier.entity is not None:
                continue
            if speaker.anonymous != earlier.anonymous:
                continue
            if speaker.kind and earlier.kind and speaker.kind != earlier.kind:
                continue                    # الناطق باسم المقاومة الشعبية is not المقاومة الشعبية (words shared)
            if speaker.words and speaker.words <= earlier.words:
                return gid
            shared = speaker.words & earlier.words
            if any(word not in ROLES and word not in TITLES and word not in ANONYMOUS and
                   "ال" + word not in ROLES and "ال" + word not in ANONYMOUS
                   and word not in ORGANISATIONS and "ال" + word not in ORGANISATIONS for word in shared):
                # (a body's head names no one: الناطق باسم المجلس is not رئيس المجلس فلان)
                return gid
        self.groups.append(speaker)
        return len(self.groups) - 1

    def _recent(self, position: int, paragraph: int, reach: int | None = None, since: int | None = None) -> list[Speaker]:
        reach = self.reach if reach is None else reach
        entries = self.entries if not self._ordered else \
            self.entries[bisect.bisect_left(self._paragraphs, paragraph - reach):]
        found = [(pos, sp) for pos, par, sp in entries if pos < position and paragraph - par <= reach]
        if since is not None and any(id(sp) not in self.silent for _, sp in found):
            # a subject that said nothing (وتهدف الهيئة إلى ...) is continued only by the next sentence's cue
            found = [(pos, sp) for pos, sp in found if id(sp) not in self.silent or pos >= since]
        return [sp for _, sp in found]

    def resolve(self, position: int, agreement: str, paragraph: int = 0, since: int | None = None) -> Speaker | None:
        """The latest speaker before `position` whose agreement fits, else the latest one if it may still be the
        subject (`agreement.agrees`: a plural cue, a feminine one after a broken plural), else None; subjects that said
        nothing count only from offset `since` on (the sentence before the cue's), when given."""
        for sp in reversed(self._recent(position, paragraph, self.agreeing_reach, since)):
            if sp.agreement == agreement:
                return sp.resolved()
        before = self._recent(position, paragraph, since=since)
        if before and agrees(agreement, before[-1].agreement):
            return before[-1].resolved()
        return None                         # وأضاف after only women and feminine bodies: unknown, not guessed

    def latest(self, position: int, paragraph: int = 0) -> Speaker | None:
        before = self._recent(position, paragraph)
        return before[-1].resolved() if before else None
