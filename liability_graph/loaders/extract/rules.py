"""The rule inventory: trigger patterns per relationship type and language, and where each
rule finds its two ends.

Ends are chosen by type first (the ontology's allowed pairs: a SERVICED rule needs a vendor
and a platform wherever they stand) and by position where types cannot tell the roles apart
(who sued whom, which law amends which). Slot positions:

- ``left`` / ``right``: the nearest fitting mention before / after the trigger;
- ``any``: the nearest fitting mention on either side;
- ``agent``: after "by" / "door" (the agent of a passive verb);
- ``against``: after "against" / "tegen";
- ``to``: after "to" / "aan";
- ``next``: starting right after the trigger (at most two tokens later).

``flip`` swaps left and right (and turns ``right`` into ``agent``) in the passive voice.
The SUE frame is the lawsuit frame: its source slot is the plaintiff, its target slot the
defendant, and the case itself is found or made by loaders.extract.cases.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from liability_graph.loaders.extract.lexicon import words
from liability_graph.loaders.extract.matcher import Spec, parse_pattern

SUE = "SUE"
POSSESSIVES = frozenset(
    [
        "its",
        "their",
        "his",
        "her",
        "our",
        "my",
        "your",
        "zijn",
        "haar",
        "hun",
        "ons",
        "onze",
        "eigen",
    ]
)


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
    kind: str | None = None
    ended: bool = False
    accusation: bool = False
    verb: bool = False  # a verb that is also a noun ("charges"): skipped after a determiner
    noun: bool = False  # a role noun ("owner"): only in apposition or as a predicate
    synthesize: bool = True  # may a lawsuit frame make a new case when none is known?
    explicit_case: bool = False  # the case must be named or pointed to in the sentence
    case_next: bool = False  # a case must be named right after the trigger ("filed X v. Y")
    not_after: frozenset[str] = frozenset()
    specs: tuple[Spec, ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "specs", parse_pattern(self.pattern))


PRODUCTS = frozenset(
    [
        "software",
        "crm",
        "database",
        "databases",
        "tool",
        "tools",
        "system",
        "systems",
        "platform",
        "service",
        "services",
        "product",
        "products",
        "payment",
        "payments",
        "card",
        "cards",
        "subscriptions",
        "purchases",
        "transactions",
        "hosting",
        "cloud",
        "consulting",
        "consultants",
        "advertising",
        "ads",
        "marketing",
        "support",
        "technology",
        "betalingen",
        "betaling",
        "kaarten",
        "diensten",
        "dienst",
        "producten",
        "product",
        "databank",
        "systeem",
        "advies",
        "consulenten",
        "consultants",
    ]
)
_MONEY = frozenset(
    ["payment", "payments", "card", "cards", "betaling", "betalingen", "kaarten", "creditcards"]
)


def _rules(relation: str, language: str, name: str, patterns: list[str], **kw) -> list[Rule]:
    return [
        Rule(f"{language}.{relation.lower()}.{name}.{i}", relation, language, p, **kw)
        for i, p in enumerate(patterns)
    ]


def _serviced() -> list[Rule]:
    r = "SERVICED"
    return [
        *_rules(r, "en", "supply", [
            "supply", "provide", "sell", "license", "deliver", "furnish", "power",
            "vendor", "supplier", "provider", "processor", "customer", "client",
            "contract", "contractor", "deal", "partnership",
        ]),
        *_rules(r, "en", "build", ["build", "develop", "design", "customise", "customize",
                                   "tailor", "maintain", "upgrade", "host"],
                needs=PRODUCTS, confidence=0.75),
        *_rules(r, "en", "process", ["process", "handle", "accept"], needs=_MONEY),
        *_rules(r, "en", "help", ["help", "work ~1 with|for", "assist"],
                needs=PRODUCTS | {"grow", "customers", "users"}, confidence=0.7),
        *_rules(r, "en", "use", ["use"], needs=PRODUCTS, confidence=0.7),
        *_rules(r, "en", "end", [
            "stop|cease|halt|suspend|terminate|end ~3 process|processing|accept|accepting|use"
            "|payments|acceptance|service|services|card|cards",
            "cut ~2 off",
        ], ended=True, confidence=0.75),
        *_rules(r, "nl", "leveren", [
            "leveren", "verkopen", "verstrekken", "aanbieden", "bieden", "leverancier",
            "klant", "contract", "overeenkomst", "samenwerking", "samenwerken", "dienstverlener",
        ]),
        *_rules(r, "nl", "bouwen", ["bouwen", "ontwikkelen", "onderhouden", "hosten"],
                needs=PRODUCTS, confidence=0.75),
        *_rules(r, "nl", "verwerken", ["verwerken", "accepteren", "aanvaarden"], needs=_MONEY),
        *_rules(r, "nl", "helpen", ["helpen", "werken", "bijstaan"],
                needs=PRODUCTS | {"met", "klanten"}, confidence=0.7),
        *_rules(r, "nl", "gebruiken", ["gebruiken"], needs=PRODUCTS, confidence=0.7),
        *_rules(r, "nl", "stoppen", [
            "stoppen|beëindigen|schorsen|opschorten ~4 betaling|betalingen|kaarten|diensten"
            "|verwerken|samenwerking",
            "afsluiten",
        ], ended=True, confidence=0.75),
    ]  # fmt: skip


def _owns() -> list[Rule]:
    r = "OWNS"
    return [
        *_rules(r, "en", "own", ["own", "acquire", "acquisition", "buy", "purchase"],
                not_after=POSSESSIVES),
        *_rules(r, "en", "owner", ["owner", "owners", "shareholder", "parent"], noun=True),
        *_rules(r, "en", "control", ["control"], confidence=0.6),
        *_rules(r, "en", "run", ["run ~1 by", "operate ~1 by", "operator"], confidence=0.7),
        *_rules(r, "en", "take", ["take ~1 over", "takeover"]),
        *_rules(r, "en", "sell", ["sell"], source="to", target="next"),
        *_rules(r, "nl", "bezitten", ["eigendom", "bezitten", "overnemen", "overname", "kopen",
                                      "aankopen", "handen ~1 van", "bezit"]),
        *_rules(r, "nl", "eigenaar", ["eigenaar", "eigenaars", "aandeelhouder", "moederbedrijf"],
                noun=True),
        *_rules(r, "nl", "verkopen", ["verkopen"], source="to", target="next"),
    ]  # fmt: skip


def _founded() -> list[Rule]:
    r = "FOUNDED"
    return [
        *_rules(r, "en", "found", ["found", "co-found", "cofound", "founded", "co-founded",
                                   "cofounded", "establish"]),
        *_rules(r, "en", "founder", ["founder", "founders", "co-founder", "co-founders",
                                     "cofounder"], noun=True),
        *_rules(r, "en", "start", ["start", "launch", "create"], confidence=0.65),
        *_rules(r, "nl", "oprichten", ["op_richten", "oprichten", "richten ~5 op$", "stichten"]),
        *_rules(r, "nl", "oprichter", ["oprichter", "oprichters", "medeoprichter",
                                       "medeoprichters", "stichter"], noun=True),
        *_rules(r, "nl", "starten", ["lanceren", "starten", "beginnen"], confidence=0.65),
    ]  # fmt: skip


def _sue() -> list[Rule]:
    return [
        # civil suits: verbs
        *_rules(SUE, "en", "sue", ["sue", "sued", "suing"], source="left", target="next",
                flip=True, status="alleged", kind="civil", verb=True),
        *_rules(SUE, "en", "file", [
            "file|bring ~4 lawsuit|suit|complaint|case|action|claim|claims ~1 against",
            "lawsuit|suit|complaint|action|claims|case|prosecution ~1 against",
        ], source="left", target="against", status="alleged", kind="civil"),
        *_rules(SUE, "en", "accusing", ["lawsuit|suit|complaint ~2 accuse|accusing"],
                source="left", target="right", status="alleged", kind="civil"),
        *_rules(SUE, "en", "brought", ["bring|file ~1 by"], source="agent", target="none",
                status="alleged"),
        *_rules(SUE, "en", "filed", ["file|bring ~3 suit|lawsuit|case|complaint|action"],
                source="left", target="none", status="alleged", verb=True),
        *_rules(SUE, "en", "filed-case", ["file", "bring"], source="left", target="none",
                status="alleged", verb=True, case_next=True),
        *_rules(SUE, "en", "court", ["take ~3 to ~1 court"], source="left", target="right",
                status="alleged", kind="civil"),
        # criminal cases
        *_rules(SUE, "en", "charge", ["charge", "indict", "prosecute"], source="left",
                target="next", flip=True, status="alleged", kind="criminal", verb=True),
        *_rules(SUE, "en", "charges", ["charges|indictment ~1 against"], source="left",
                target="against", status="alleged", kind="criminal"),
        *_rules(SUE, "en", "arrest", ["arrest", "detain"], source="none", target="right",
                flip=True, status="alleged", kind="criminal", verb=True, synthesize=False),
        *_rules(SUE, "en", "face", ["face ~4 lawsuit|lawsuits|suit|suits|charges|indictment"
                                    "|prosecution|trial"],
                source="none", target="left", status="alleged"),
        *_rules(SUE, "en", "convict", ["convict", "find ~2 guilty|liable"], source="none",
                target="right", flip=True, status="ruled", kind="criminal", verb=True),
        *_rules(SUE, "en", "plead", ["plead ~2 guilty", "plea"], source="none", target="left",
                status="ruled", kind="criminal"),
        *_rules(SUE, "en", "defendant", ["defendant", "defendants", "party ~1 to", "parties ~1 to"],
                source="none", target="left", status="established"),
        *_rules(SUE, "en", "plaintiff", ["plaintiff", "plaintiffs"], source="left",
                target="none", status="established"),
        *_rules(SUE, "en", "accuse", ["accuse"], source="left", target="right", flip=True,
                status="alleged", accusation=True, verb=True),
        # Dutch
        *_rules(SUE, "nl", "aanklagen", ["aanklagen", "klagen ~6 aan$", "dagvaarden",
                                         "daagden ~6 dagvaarding"],
                source="left", target="right", flip=True, status="alleged", kind="civil"),
        *_rules(SUE, "nl", "aanklacht", [
            "aanklacht|klacht|rechtszaak|zaak|procedure|dagvaarding ~4 tegen",
            "stappen ~3 naar ~2 rechter|rechtbank",
            "procederen ~2 tegen",
        ], source="left", target="against", status="alleged", kind="civil"),
        *_rules(SUE, "nl", "vervolgen", ["vervolgen"], source="left", target="right", flip=True,
                status="alleged", kind="criminal", verb=True),
        *_rules(SUE, "nl", "arresteren", ["arresteren", "oppakken", "aanhouden", "inrekenen",
                                          "aangehouden", "opgepakt"],
                source="none", target="right", flip=True, status="alleged", kind="criminal",
                verb=True, synthesize=False),
        *_rules(SUE, "nl", "veroordelen", ["veroordelen", "veroordeeld"], source="none",
                target="right", flip=True, status="ruled", kind="criminal"),
        *_rules(SUE, "nl", "schuldig", ["pleiten ~2 schuldig", "schuldig ~2 pleiten",
                                        "bekennen ~2 schuld"],
                source="none", target="left", status="ruled", kind="criminal"),
        *_rules(SUE, "nl", "gedaagde", ["gedaagde", "gedaagden", "verdachte", "verdachten",
                                        "beklaagde", "partij ~2 in"],
                source="none", target="left", status="established"),
        *_rules(SUE, "nl", "aanspannen", ["spannen ~5 aan$", "aanspannen", "indienen",
                                          "neerleggen"],
                source="left", target="none", flip=True, status="alleged"),
        *_rules(SUE, "nl", "eiser", ["eiser", "eisers", "eiseres", "eiseressen"],
                source="left", target="none", status="established"),
        *_rules(SUE, "nl", "beschuldigen", ["beschuldigen", "beschuldigd"], source="left",
                target="right", flip=True, status="alleged", accusation=True),
    ]  # fmt: skip


def _heard_by() -> list[Rule]:
    r = "HEARD_BY"
    return [
        *_rules(r, "en", "before", ["before|in|at|to"], source="any", target="next",
                confidence=0.75),
        *_rules(r, "en", "rule", ["rule", "hold", "dismiss", "deny", "reverse", "affirm",
                                  "uphold", "revive", "hear", "decide", "grant", "order",
                                  "refuse", "find", "pending"], confidence=0.75),
        *_rules(r, "nl", "voor", ["voor|bij|in|door"], source="any", target="next",
                confidence=0.75),
        *_rules(r, "nl", "oordelen", ["oordelen", "beslissen", "uitspraak", "verwerpen",
                                      "afwijzen", "behandelen", "vonnis"], confidence=0.75),
    ]  # fmt: skip


def _invokes() -> list[Rule]:
    r = "INVOKES"
    return [
        *_rules(r, "en", "under", ["under", "pursuant ~1 to"], source="any", target="right",
                confidence=0.75),
        *_rules(r, "en", "about", ["case|lawsuit|suit|challenge ~2 about|over|concerning"],
                source="left", target="right", confidence=0.7),
        *_rules(r, "en", "rely", ["rely ~1 on|upon", "invoke", "rest ~1 on", "claim ~1 under"],
                confidence=0.75),
        *_rules(r, "en", "protect", ["cite", "violate", "violation", "protect", "shield", "bar",
                                     "block", "immunity", "immune", "defence", "defense",
                                     "apply", "exception"],
                confidence=0.7, explicit_case=True),
        *_rules(r, "nl", "grond", ["op ~1 grond|basis ~1 van", "krachtens"],
                source="any", target="next", confidence=0.75),
        *_rules(r, "nl", "beroepen", ["beroepen ~2 op", "inroepen", "baseren ~3 op"],
                confidence=0.75),
        *_rules(r, "nl", "schenden", ["schenden", "schending", "overtreden", "overtreding",
                                      "beschermen", "immuniteit", "verschuilen", "blokkeren",
                                      "blokkeert", "toepassen", "uitzondering"],
                confidence=0.7, explicit_case=True),
    ]  # fmt: skip


def _prompted() -> list[Rule]:
    r = "PROMPTED"
    return [
        *_rules(r, "en", "prompt", ["prompt", "spur", "inspire", "trigger", "motivate",
                                    "lead ~1 to", "give ~1 rise ~1 to", "catalyze", "fuel"],
                source="left", target="right", flip=True),
        *_rules(r, "en", "response", ["response ~1 to", "reaction ~1 to", "because ~1 of",
                                      "result ~1 of", "aimed ~1 at", "targeting"],
                source="right", target="left"),
        *_rules(r, "nl", "leiden", ["leiden ~6 tot", "aanleiding", "zorgen ~4 voor",
                                    "inspireren", "aanzetten"],
                source="left", target="right", flip=True),
        *_rules(r, "nl", "reactie", ["naar ~1 aanleiding ~1 van", "reactie ~1 op",
                                     "ingegeven ~1 door", "gericht ~1 tegen"],
                source="right", target="left"),
    ]  # fmt: skip


def _amends() -> list[Rule]:
    r = "AMENDS"
    return [
        *_rules(r, "en", "amend", ["amend", "modify", "change", "alter", "narrow", "revise",
                                   "carve", "exception ~2 to|from", "rewrite"],
                source="left", target="right", flip=True),
        *_rules(r, "nl", "wijzigen", ["wijzigen", "wijziging", "aanpassen", "aanpassing",
                                      "uitzondering ~2 op", "inperken", "herzien"],
                source="left", target="right", flip=True),
    ]  # fmt: skip


def _shut_down() -> list[Rule]:
    r = "SHUT_DOWN"
    return [
        *_rules(r, "en", "seize", ["seize", "shut ~2 down", "take ~4 offline|down",
                                   "close ~2 down", "dismantle", "raid", "pull ~3 offline",
                                   "knock ~3 offline", "shutdown", "seizure"],
                source="left", target="right", flip=True),
        *_rules(r, "nl", "offline", ["halen ~4 offline|neer", "offline ~1 halen",
                                     "nemen ~4 beslag", "beslag ~1 nemen", "inbeslagname",
                                     "sluiten", "neerhalen", "oprollen", "ontmantelen",
                                     "uit ~2 lucht ~1 halen", "halen ~4 uit ~2 lucht"],
                source="left", target="any", flip=True),
    ]  # fmt: skip


def _in_jurisdiction() -> list[Rule]:
    r = "IN_JURISDICTION"
    en = words(
        "law laws statute act legislation court case lawsuit suit sued charged federal applies"
        " apply regulation"
    )
    nl = words(
        "wet wetgeving wetten rechtbank rechtszaak zaak aangeklaagd aanklagen vervolgd"
        " verordening geldt gelden"
    )
    return [
        *_rules(r, "en", "of", ["of|in|across|throughout|under"], source="any", target="next",
                needs=en, confidence=0.7),
        *_rules(r, "nl", "in", ["in|van|uit"], source="any", target="next", needs=nl,
                confidence=0.7),
    ]  # fmt: skip


@cache
def all_rules() -> tuple[Rule, ...]:
    return (
        *_serviced(), *_owns(), *_founded(), *_sue(), *_heard_by(), *_invokes(),
        *_prompted(), *_amends(), *_shut_down(), *_in_jurisdiction(),
    )  # fmt: skip


@cache
def rules_for(language: str) -> tuple[Rule, ...]:
    return tuple(rule for rule in all_rules() if rule.language == language)
