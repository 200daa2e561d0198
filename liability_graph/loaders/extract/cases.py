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
from liability_graph.loaders.extract.mentions import Option


def _kind_fits(known: str | None, wanted: str | None) -> bool:
    return not known or not wanted or known == wanted


def known_case(
    knowledge: Knowledge,
    defendants: list[Option],
    kind: str | None,
    year: int | None,
) -> tuple[Option, list[str]] | None:
    """The reference case against these defendants that fits kind and year, if exactly one
    fits best; with its defendants' keys."""
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
    entity = knowledge.entities[case]
    return Option("Case", entity.name, case), knowledge.defendants.get(case, [])


def _names(options: list[Option]) -> str:
    names = list(dict.fromkeys(o.name for o in options))
    if len(names) > 2:
        return f"{names[0]} et al."
    return " and ".join(names)


def new_case(
    defendants: list[Option], plaintiffs: list[Option], kind: str | None, year: int | None
) -> Option:
    """A case the text describes but does not name, called after its parties and year."""
    named_plaintiffs = [p for p in plaintiffs if not dict(p.props).get("protected")]
    when = f" ({year})" if year else ""
    if named_plaintiffs and defendants:
        name = f"{_names(named_plaintiffs)} v. {_names(defendants)}"
    elif kind == "criminal":
        name = f"Prosecution of {_names(defendants)}{when}"
    else:
        name = f"Lawsuit against {_names(defendants)}{when}"
    props = [("kind", kind)] if kind else []
    if year:
        props.append(("filed", str(year)))
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
) -> tuple[CaseInfo | None, list[str] | None]:
    """The case of a lawsuit frame and, for a known case, the keys of its known defendants."""
    if named is not None:
        return discourse.case_for(named), discourse.knowledge.defendants.get(named.key or "")
    idents = {d.ident for d in defendants}
    current = discourse.current_case()
    if accusation:
        if current and idents & current.defendants:
            return current, None
        return None, None
    if defendants:
        found = known_case(discourse.knowledge, defendants, kind, year)
        if found is not None:
            return discourse.case_for(found[0]), found[1]
    about_current = not defendants or not current or idents & current.defendants
    if (
        current is not None
        and current.named
        and _kind_fits(current.kind, kind)
        and (about_current or not current.defendants)
    ):
        return current, None  # the case the document is about, named earlier
    if defendants:
        for info in reversed(discourse.cases):
            if idents & info.defendants and _kind_fits(info.kind, kind):
                return info, None
        if kind is None and current is not None:
            return current, None  # "X is also a defendant"
        if not synthesize:
            return None, None
        return discourse.case_for(new_case(defendants, plaintiffs, kind, year)), None
    current = discourse.current_case()
    return current, None
