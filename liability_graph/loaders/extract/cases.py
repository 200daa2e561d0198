"""Which case a lawsuit sentence is about, when the text does not name it.

"Salesforce is being sued", "the founders were arrested": the case is the one named in the
sentence or pointed back to ("the lawsuit"); else the known case (reference knowledge base)
against the same defendants, of the same kind, filed within a year of the event; else a
case already met in this document against the same defendants; else a new case named
after its parties and year.
"""

from __future__ import annotations

from liability_graph.loaders.extract.discourse import CaseInfo, Discourse
from liability_graph.loaders.extract.knowledge import Knowledge
from liability_graph.loaders.extract.lexicon import LEGAL_FORMS
from liability_graph.loaders.extract.mentions import Option


def _overlap(idents: set[tuple[str, str]], others: set[tuple[str, str]]) -> bool:
    """Do two sets of parties share one, by key or by name whatever its reading ("the app"
    reads Zorblat Inc. as a platform, the suit named it as an organisation)?"""
    if idents & others:
        return True
    keys = {key for key, _ in others if key}
    names = {_bare(name.partition(":")[2]) for _, name in others}
    return any(
        (key and key in keys) or _bare(name.partition(":")[2]) in names for key, name in idents
    )


def _bare(name: str) -> str:
    """A (case-folded) name without its legal form: a headline's "Chatterly" is the body's
    "Chatterly Inc."."""
    words = name.replace(",", " ").split()
    while len(words) > 1 and words[-1] in LEGAL_FORMS:
        words.pop()
    return " ".join(words)


def _bringers_fit(info: CaseInfo, plaintiffs: list[Option]) -> bool:
    """Can the named plaintiffs of a frame be those of a case the document told of? Not
    when both name their bringers and none is shared (the parents' suit against TikTok is
    not the Commission's proceedings against it)."""
    named = {p.ident for p in plaintiffs if not dict(p.props).get("description")}
    return not named or not info.plaintiffs or _overlap(named, info.plaintiffs)


def _kind_fits(known: str | None, wanted: str | None) -> bool:
    return not known or not wanted or known == wanted


def known_case(
    knowledge: Knowledge,
    defendants: list[Option],
    kind: str | None,
    year: int | None,
    ruling: bool = False,
    loose: frozenset[str] = frozenset(),
) -> tuple[Option, list[str]] | None:
    """The reference case against these defendants that fits kind and year, if exactly one
    fits best; with its defendants' keys. A ruling (a conviction, a sentence) may come years
    after the case was brought: then any year from its filing on fits."""
    keys = [d.key for d in defendants if d.key]
    scores: dict[str, float] = {}
    for key in keys:
        # a platform is sued through the company that owns it ("claims against Facebook")
        cases = [
            c for k in (key, *knowledge.owners.get(key, [])) for c in knowledge.cases_of.get(k, [])
        ]
        for case in dict.fromkeys(cases):
            if not _kind_fits(knowledge.prop(case, "kind"), kind):
                continue
            years = [
                y for y in (knowledge.year(case, "filed"), knowledge.year(case, "decided")) if y
            ]
            if year is not None and years:
                gap = min(abs(y - year) for y in years)
                if ruling and gap > 1 and year > min(years):
                    gap = 1  # "convicted last year" of a case brought five years before
                if gap > 1:
                    continue
                bonus = 2.0 if gap == 0 else 0.5
            else:
                bonus = 0.0
            scores[case] = scores.get(case, bonus) + 1.0
    if not scores:
        return None
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    case = ranked[0][0]
    parties = knowledge.defendants.get(case, [])
    for key in keys:  # a known party the case does not have: another suit ("a suit against
        # Backpage and Salesforce" is not a known suit against Salesforce alone); a member of
        # a group ("the founders") may be left out
        if key in loose:
            continue
        if key not in parties and not any(o in parties for o in knowledge.owners.get(key, [])):
            return None
    entity = knowledge.entities[case]
    return Option("Case", entity.name, case), parties


def case_of_other_parties(
    discourse: Discourse,
    pointed: Option,
    defendants: list[Option],
    kind: str | None,
    year: int | None,
) -> Option | None:
    """The known case of the defendants a sentence names when the case it points back to
    ("in that indictment, X and Y face charges") is not theirs: none of them is a party of
    the pointed case, by the reference base or by the document, and the reference base
    knows them as defendants of one other case (Ferrer's plea is not the indictment of
    Lacey and Larkin), and the document shows that case beyond the shared defendants
    (_evidence)."""
    keyed = [d for d in defendants if d.key]
    if not keyed or len(keyed) < len(defendants):
        return None
    knowledge = discourse.knowledge
    parties = set(knowledge.defendants.get(pointed.key or "", []))
    parties |= set(knowledge.plaintiffs.get(pointed.key or "", []))
    told = next((i for i in discourse.cases if i.option.ident == pointed.ident), None)
    told_keys = {key for key, _ in told.defendants | told.plaintiffs} if told else set()
    if any(d.key in parties or d.key in told_keys for d in keyed):
        return None
    found = known_case(knowledge, keyed, kind, year)
    if found is None or found[0].key == pointed.key:
        return None
    if not all(d.key in found[1] for d in keyed):
        return None
    if not _evidence(discourse, found[0], keyed, [], year, False):
        return None  # a shared defendant alone ("The lawsuit accuses Twitter") is no known case
    return found[0]


def _plaintiffs_fit(knowledge: Knowledge, case: Option, plaintiffs: list[Option]) -> bool:
    """Can the plaintiffs a sentence names be those of a known case? (A state's suit
    against Meta is not a known suit of three women against Meta.) Groups and unnamed
    plaintiffs fit any case."""
    named = [p for p in plaintiffs if p.key or not dict(p.props).get("description")]
    if not named:
        return True
    known = set(knowledge.plaintiffs.get(case.key or "", []))
    return any(p.key in known for p in named if p.key)


def _count_fits(knowledge: Knowledge, case: Option, count: int | None) -> bool:
    """Can a group of `count` plaintiffs be those of a known case? Fifty women are not the
    one girl (and her mother) of another suit against the same company, and one woman is not
    a known group of fifty."""
    if count is None:
        return True
    known = knowledge.prop(case.key or "", "plaintiff_count")
    if isinstance(known, int) and known > 0:
        return abs(known - count) <= max(2, known // 4)
    plaintiffs = knowledge.plaintiffs.get(case.key or "", [])
    single = [
        p for p in plaintiffs
        if str(knowledge.prop(p, "role") or "").split(" ")[0] == "plaintiff"
    ]  # fmt: skip
    return not (count > 2 and plaintiffs and len(single) == len(plaintiffs) <= 2)


def _counted_case(
    knowledge: Knowledge, defendants: list[Option], kind: str | None, count: int
) -> tuple[Option, list[str]] | None:
    """The one known case against these defendants that states a number of plaintiffs this
    count fits ("fifty women sued Salesforce": the suit of the fifty women, in any year)."""
    fitting = []
    for key in dict.fromkeys(d.key for d in defendants if d.key):
        for case in knowledge.cases_of.get(key or "", []):
            known = knowledge.prop(case, "plaintiff_count")
            if (
                isinstance(known, int)
                and known > 2
                and abs(known - count) <= max(2, known // 4)
                and _kind_fits(knowledge.prop(case, "kind"), kind)
            ):
                fitting.append(case)
    cases = list(dict.fromkeys(fitting))
    if len(cases) != 1:
        return None
    found = known_case(knowledge, defendants, kind, None)
    if found is None or found[0].key != cases[0]:
        entity = knowledge.entities[cases[0]]
        parties = knowledge.defendants.get(cases[0], [])
        if any(d.key not in parties for d in defendants if d.key):
            return None
        return Option("Case", entity.name, cases[0]), parties
    return found


def _evidence(
    discourse: Discourse,
    case: Option,
    defendants: list[Option],
    plaintiffs: list[Option],
    year: int | None,
    ruling: bool,
) -> bool:
    """Does the document show that a known case is the suit it tells of, beyond a shared
    defendant? A platform is sued many times: a new suit against Facebook is no known
    suit against it unless the document names the case, one of its plaintiffs, its court
    or another of its defendants, the defendant is a named person, a plaintiff it names is
    the case's, or the year is the case's own (filed or decided; for a ruling, any year
    from its filing on) and the document names no court but the case's (a Dutch court's
    claim against Meta in the year of a Texas ruling is no Texas case)."""
    knowledge = discourse.knowledge
    key = case.key or ""
    named = discourse.named_keys
    if key in named or any(
        p.key and p.key in knowledge.plaintiffs.get(key, []) for p in plaintiffs
    ):
        return True
    if any(
        k in named for k in (*knowledge.plaintiffs.get(key, []), *knowledge.courts.get(key, []))
    ):
        return True
    sued = {d.key for d in defendants if d.key}
    sued |= {o for k in list(sued) for o in knowledge.owners.get(k, [])}
    sued |= {p for p, owners in knowledge.owners.items() if sued & set(owners)}
    if any(k in named and k not in sued for k in knowledge.defendants.get(key, [])):
        return True  # "Visa" in a document that names MindGeek too
    if any(d.type == "Person" and d.key for d in defendants):
        return True  # a named person is rarely a defendant of two known cases
    if year is None or discourse.courts_named - set(knowledge.courts.get(key, [])):
        return False  # the year alone is no evidence when the document names another court
    filed = knowledge.year(key, "filed")
    decided = knowledge.year(key, "decided")
    if year in (filed, decided):
        return True
    return filed is not None and year > filed and (ruling or (decided or 0) > year)


def _names(options: list[Option]) -> str:
    names = list(dict.fromkeys(o.name for o in options))
    if len(names) > 2:
        return f"{names[0]} et al."
    return " and ".join(names)


def _first(options: list[Option]) -> str:
    """The first party's name as a caption writes it ("Fifty women", not "about fifty
    women"): a group by its description, without the words before its count."""
    option = options[0]
    description = str(dict(option.props).get("description") or "")
    name = description or option.name
    if not description and name[1:2].isupper():
        return name  # "eBay", "iQuill": a brand written so
    return name[:1].upper() + name[1:]


def new_case(
    defendants: list[Option],
    plaintiffs: list[Option],
    kind: str | None,
    year: int | None,
    plaintiff_count: int | None = None,
    bringer_name: str | None = None,
) -> Option:
    """A case the text describes but does not name, called after its first plaintiff and
    first defendant as a caption would be, with the year it was brought when the text gives
    it ("Fifty women v. Salesforce (2019)", "Openbaar Ministerie v. Bab K."). Without a
    named plaintiff: after `bringer_name`, a bringer that is no plaintiff of record (a
    platform that sues, the state that prosecutes), else the plaintiffs unnamed."""
    when = f" ({year})" if year else ""
    if plaintiffs:
        bringer = _first(plaintiffs)
    elif bringer_name:
        bringer = bringer_name
    else:
        bringer = "Prosecution" if kind == "criminal" else "Plaintiffs"
    name = f"{bringer} v. {_first(defendants)}{when}"
    props: list[tuple[str, object]] = [("kind", kind)] if kind else []
    if year:
        props.append(("filed", str(year)))
    if plaintiff_count:
        props.append(("plaintiff_count", plaintiff_count))
    return Option("Case", name, props=tuple(props))


def resolve_case(
    discourse: Discourse,
    defendants: list[Option],
    plaintiffs: list[Option],
    kind: str | None,
    year: int | None,
    named: Option | None,
    accusation: bool,
    synthesize: bool = True,
    hint: int | None = None,
    plaintiff_count: int | None = None,
    bringer_name: str | None = None,
    also: bool = False,
    ruling: bool = False,
    loose: frozenset[str] = frozenset(),
) -> tuple[CaseInfo | None, list[str] | None]:
    """The case of a lawsuit frame and, for a known case, the keys of its known defendants.
    With `also` ("Ook zijn compagnon werd gedagvaard", "X was also charged") and no bringer
    named, a new defendant joins the case the document tells of."""
    if named is not None:
        return discourse.case_for(named), discourse.knowledge.defendants.get(named.key or "")
    idents = {d.ident for d in defendants}
    current = discourse.current_case()
    if also and not plaintiffs and not accusation and current is not None and current.defendants:
        return current, None
    if accusation:
        # (not when the accusers are named and bring none of it: "A and B accuse X" after
        # C's suit against X tell of A and B's own case)
        if current and _overlap(idents, current.defendants) and _bringers_fit(current, plaintiffs):
            return current, None
        return None, None
    if defendants:
        for info in reversed(discourse.cases):  # a case the document already tells of
            if (
                _overlap(idents, info.defendants)
                and _kind_fits(info.kind, kind)
                and _bringers_fit(info, plaintiffs)
            ):
                return discourse.case_for(info.option), None
        found = known_case(
            discourse.knowledge, defendants, kind, year if year else hint, ruling, loose
        )
        if plaintiff_count and (
            found is None or not _count_fits(discourse.knowledge, found[0], plaintiff_count)
        ):  # "fifty women sued X": the known suit of fifty women against X, whatever the year
            counted = _counted_case(discourse.knowledge, defendants, kind, plaintiff_count)
            if counted is not None:
                found = counted
        if (
            found is not None
            and _plaintiffs_fit(discourse.knowledge, found[0], plaintiffs)
            and _count_fits(discourse.knowledge, found[0], plaintiff_count)
            and (
                plaintiff_count is not None
                or _evidence(
                    discourse, found[0], defendants, plaintiffs, year if year else hint, ruling
                )
            )
        ):
            return discourse.case_for(found[0]), found[1]
    about_current = not defendants or not current or _overlap(idents, current.defendants)
    if (
        current is not None
        and current.named
        and _kind_fits(current.kind, kind)
        and (about_current or not current.defendants)
    ):
        return current, None  # the case the document is about, named earlier
    if defendants:
        for info in reversed(discourse.cases):
            if (
                _overlap(idents, info.defendants)
                and _kind_fits(info.kind, kind)
                and _bringers_fit(info, plaintiffs)
            ):
                return info, None
        if (
            kind is None
            and current is not None
            and (not plaintiffs or (current.plaintiffs and _bringers_fit(current, plaintiffs)))
        ):
            # "X is also a defendant"; not a case whose bringer the frame names and the
            # document's case lacks ("the FTC settled charges with Y" after a class action
            # against X is the FTC's own case)
            return current, None
        if not synthesize:
            return None, None
        case = new_case(defendants, plaintiffs, kind, year, plaintiff_count, bringer_name)
        return discourse.case_for(case), None
    current = discourse.current_case()
    return current, None
