"""The rule inventory: trigger patterns per relationship type and language (read from the
language packs, loaders/languages/*.yaml), and where each rule finds its two ends.

Ends are chosen by type first (the ontology's allowed pairs: a SERVICED rule needs a vendor
and a platform wherever they stand) and by position where types cannot tell the roles apart
(who sued whom, which law amends which). Slot positions:

- ``left`` / ``right``: the nearest fitting mention before / after the trigger;
- ``any``: the nearest fitting mention on either side;
- ``agent``: after "by" / "door" (the agent of a passive verb);
- ``against``: after "against" / "tegen";
- ``against_described``: the same, or else the first name after the trigger's "tegen" when
  only a short description stands between ("een procedure tegen de Chinese webwinkel X");
- ``to``: after "to" / "aan";
- ``from``: after "from" (who a suit comes from: "faces a lawsuit from X");
- ``subject``: the subject of the verb (set by the passive of a lawsuit frame);
- ``indirect``: the indirect object, between the subject and the trigger ("X heeft Y een
  boete opgelegd"), else the nearest after the trigger ("een boete opgelegd aan Y");
- ``next``: starting right after the trigger (at most two tokens later);
- ``person_possessor``: the nearest person before "his"/"her" in its clause;
- ``apposed``: the name right after the trigger's closing comma, itself closed ("its video
  website, Quixly.tv,");
- ``opening``: the name that ends the noun phrase right after the trigger, over an article,
  a kind noun and a person's age only ("eist vier jaar cel voor de 31-jarige X").

``flip`` swaps left and right (and turns ``right`` into ``agent``) in the passive voice.
The SUE frame is the lawsuit frame: its source slot is the plaintiff, its target slot the
defendant, and the case itself is found or made by loaders.extract.cases.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any, Final

from liability_graph.errors import InputError
from liability_graph.loaders.extract.matcher import Spec, parse_pattern
from liability_graph.loaders.languages import Pack, extraction_packs

SUE: Final = "SUE"
#: The key of the lawsuit frame's rules in a language pack.
LAWSUIT: Final = "lawsuit"


@dataclass(frozen=True)
class Rule:
    id: str
    relation: str
    language: str
    pattern: str
    source: str = "any"
    target: str = "any"
    flip: bool = False
    status: str | None = None
    confidence: float = 0.8
    needs: frozenset[str] = frozenset()
    # a second word the stretch must hold as well ("needs" a court's word, "needs_too" a verb
    # of finding: "oordeelde de rechtbank dat X ...", not "stelt de stichting bij de
    # rechtbank dat X ...")
    needs_too: frozenset[str] = frozenset()
    kind: str | None = None
    ended: bool = False
    accusation: bool = False
    verb: bool = False  # a verb that is also a noun ("charges"): skipped after a determiner
    noun: bool = False  # a role noun ("owner"): only in apposition or as a predicate
    state: bool = False  # a state, no event ("X, which operates Y"): dated only in its clause
    synthesize: bool = True  # may a lawsuit frame make a new case when none is known?
    explicit_case: bool = False  # the case must be named or pointed to in the sentence
    case_next: bool = False  # a case must be named right after the trigger ("filed X v. Y")
    not_after: frozenset[str] = frozenset()
    # a word the sentence before must hold: the pronoun that opens the match points to it
    # ("De AP legde een boete op. Die ging naar X": die is the fine)
    needs_before: frozenset[str] = frozenset()
    # a word this sentence or the one before must hold ("X won van Y" after a sentence that
    # tells of the court): the act is a case's only beside one (a court named elsewhere in
    # the document does not count)
    needs_context: frozenset[str] = frozenset()
    not_before: frozenset[str] = frozenset()  # the word right after the trigger ("found that")
    # a word (or a compound's end) in the match or the few words after it that makes it
    # another relation ("took over the domain registration of X": a service, no takeover)
    not_object: frozenset[str] = frozenset()
    skip_after: frozenset[str] = frozenset()  # a name right after these is no end
    # a name after the trigger with one of these between is no end ("under the old DPA 1998
    # rather than under GDPR": the law after "rather" is the one not applied)
    not_across: frozenset[str] = frozenset()
    # after an article, the word right after the trigger must be one of these ("the
    # acquisition of X"); "confirmed the acquisition" alone points back and names no ends
    linked: frozenset[str] = frozenset()
    ended_only: bool = False  # states only the end of something ("no longer allow cards")
    ruling: bool = False  # the trigger itself states a ruling against the defendant
    # ("ordered X to pay"): its status stays ruled without a conviction word
    # "source", "target" or "both": that end must be read first as a type of its slot
    # ("hosting company X took the site offline": X is a vendor, no authority and no
    # unknown name; "X, a subsidiary of Y": X is a platform, no company)
    strict: str = ""
    # the trigger holds its own negation ("found not guilty"): no denial of the fact, and
    # its status is the rule's, whatever ruling words stand around it
    negative: bool = False
    nominal: bool = False  # a noun phrase ("a lawsuit against X"): the clause's negation
    # ("declined to rule in a lawsuit against X") does not deny it
    # a settlement "with" another party: who is the defendant follows from who is the
    # authority ("the FTC settled charges with X", "X settled charges with the FTC")
    mutual: bool = False
    # a possessive that identifies a party ("its Quixly app"): the hedge of the claim around
    # it does not make it alleged (docs/annotation.md, section 5)
    identifying: bool = False
    # the bringer must be named or pointed to ("the FTC is investigating X"): a verb others
    # than offices use too ("researchers investigated X") tells no case without one
    bringer: bool = False
    # the bringer must be an office (a regulator, a prosecutor: "the Commission is
    # investigating whether X ..."): a question a state or anyone else looks into is no case
    office: bool = False
    # the trigger tells of a proceeding that exists ("X stands trial next week"): a future
    # time in its clause schedules it, it makes no plan of it
    scheduled: bool = False
    # the defendant is the subject of what the case (the match's first word) says it did
    # ("X has been sued by the FTC. The complaint alleges that Y sold data"): only for a
    # suit told with its bringer and without its defendant, only with the case noun as the
    # claim verb's subject, and a name a passive verb follows ("alleges that Y was harmed")
    # was done something to, and is no party
    active: bool = False
    # a court's order told without the court ("X moet de site blokkeren"): a court's word in
    # the sentence, a court's noun in the one before, or in the one after when that sentence
    # points back to it ("Dat heeft de rechter bepaald") or brings the proceeding before the
    # court ("Y had een kort geding aangespannen bij de rechtbank"); never a court named
    # elsewhere in the document, never a speaker's demand
    ordered: bool = False
    # the trigger is a passive verb of harm ("X was groomed on Y, a lawsuit says"): only in
    # the passive, and its subject, the person harmed, brings the suit the sentence names
    harmed: bool = False
    # the only words that may stand between the match's first and last word, beside a time
    # of the dates section ("X won dinsdag van Y", "X won ook van Y"): a noun object there
    # makes it another act ("X won prijzengeld van Y": a prize from Y, no win against it)
    gap_words: frozenset[str] = frozenset()
    specs: tuple[Spec, ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "specs", parse_pattern(self.pattern))


_OPTIONS: Final = {
    "source": str, "target": str, "flip": bool, "status": str, "confidence": float,
    "kind": str, "ended": bool, "accusation": bool, "verb": bool, "noun": bool,
    "synthesize": bool, "explicit_case": bool, "case_next": bool, "ended_only": bool,
    "nominal": bool, "ruling": bool, "strict": str, "state": bool, "negative": bool,
    "mutual": bool, "identifying": bool, "bringer": bool, "scheduled": bool,
    "active": bool, "office": bool, "ordered": bool, "harmed": bool,
}  # fmt: skip
_WORD_SET_OPTIONS: Final = (
    "needs",
    "needs_too",
    "needs_before",
    "needs_context",
    "not_after",
    "not_before",
    "skip_after",
    "not_across",
    "not_object",
    "linked",
    "gap_words",
)
_RELATIONS: Final = (
    "SERVICED", "OWNS", "FOUNDED", LAWSUIT, "HEARD_BY", "INVOKES", "PROMPTED", "AMENDS",
    "SHUT_DOWN", "IN_JURISDICTION",
)  # fmt: skip


def _word_set(item: Pack, entries: Any, where: str) -> frozenset[str]:
    """A rule's word set: words, and "@name" for the pack's word list `name`."""
    out: set[str] = set()
    for entry in [entries] if isinstance(entries, str) else entries or ():
        entry = str(entry)
        if entry.startswith("@"):
            found = item.words(entry[1:])
            if not found:
                raise InputError(f"{where}: no word list {entry[1:]!r} in the pack")
            out |= found
        else:
            out.add(entry)
    return frozenset(out)


def pack_rules(item: Pack) -> list[Rule]:
    """The rules of one language pack, in the pack's order of relationship types."""
    out: list[Rule] = []
    rules = item.rules
    for key in rules:
        if key not in _RELATIONS:
            raise InputError(f"language pack {item.code}: unknown relationship {key!r} in rules")
    for key in _RELATIONS:
        relation = SUE if key == LAWSUIT else key
        for group in rules.get(key) or ():
            where = f"language pack {item.code}: rules.{key}.{group.get('name')}"
            options: dict[str, Any] = {}
            for name, value in group.items():
                if name in ("name", "patterns"):
                    continue
                if name in _WORD_SET_OPTIONS:
                    options[name] = _word_set(item, value, where)
                elif name in _OPTIONS:
                    options[name] = _OPTIONS[name](value)
                else:
                    raise InputError(f"{where}: unknown option {name!r}")
            for i, pattern in enumerate(group.get("patterns") or ()):
                rule_id = f"{item.code}.{relation.lower()}.{group['name']}.{i}"
                out.append(Rule(rule_id, relation, item.code, str(pattern), **options))
    return out


@cache
def all_rules() -> tuple[Rule, ...]:
    return tuple(rule for item in extraction_packs() for rule in pack_rules(item))


@cache
def rules_for(language: str) -> tuple[Rule, ...]:
    return tuple(rule for rule in all_rules() if rule.language == language)
