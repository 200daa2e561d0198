"""Closed word lists for English and Dutch: cues for status, negation, voice, coreference,
roles and groups. Kept apart from the rules so the rules read as patterns, not vocabulary.

Words are compared in lower case; lemmas come from simplemma, so verb lists hold lemmas.
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


LANGUAGES = ("en", "nl")

#: Words that put the clause under negation: the trigger in it yields no fact.
NEGATIONS = {
    "en": words(
        "not n't never no neither nor none without cannot deny denied denies decline declined"
        " declines"
    ),
    "nl": words("niet nooit geen noch zonder ontkent ontkende ontkennen weigerde weigert"),
}
#: Words that undo a following negation ("not only").
NEGATION_BREAKERS = words("only alleen enkel")

#: Hedges: the sentence reports a claim, not a fact ("allegedly", "zou ... hebben").
HEDGES = {
    "en": words(
        "allegedly alleged alleges allege alleging reportedly purportedly supposedly accused"
        " accuse accuses accusing suspected claims claimed claiming contend contends argue"
        " argues argued arguing assert asserts"
    ),
    "nl": words(
        "zou zouden vermeend vermeende vermeendelijk naar_verluidt beschuldigen beschuldigt"
        " beschuldigde beschuldigden beschuldigd verdacht verdachte verdenking beweren beweert"
        " beweerde vermoedelijk aantijging aantijgingen stellen stelt"
    ),
}
#: Multi-word hedges, as lower-case word tuples.
HEDGE_PHRASES = {
    "en": (("according", "to"), ("is", "said", "to"), ("are", "said", "to"), ("was", "said")),
    "nl": (("naar", "verluidt"), ("volgens", "de", "aanklacht"), ("volgens", "de", "klacht")),
}
#: Words that report a court's decision: the fact is ruled.
RULINGS = {
    "en": words(
        "convicted convict sentenced ruled rules ruling held holds upheld affirmed reversed"
        " dismissed verdict judgment acquitted guilty liable"
    ),
    "nl": words(
        "veroordeeld veroordeelde veroordelen oordeelde oordeelt besliste beslist vonnis"
        " uitspraak vrijgesproken schuldig aansprakelijk_gesteld"
    ),
}

#: Auxiliaries of the passive voice (with a participle after them, the subject is the patient).
PASSIVE_AUX = {
    "en": words("was were is are been being be get got gets"),
    "nl": words("wordt worden werd werden is zijn was waren geworden"),
}
#: Prepositions that introduce the agent of a passive verb.
AGENT_PREPS = {"en": words("by"), "nl": words("door")}
#: Prepositions that introduce the opposing party ("a suit against X").
AGAINST = {"en": words("against versus"), "nl": words("tegen")}

#: Words that open a subordinate or relative clause (clause boundaries for scope).
SUBORDINATORS = {
    "en": words(
        "which who whom whose when while because although though after before since whereas"
        " that where but unless if"
    ),
    "nl": words(
        "die dat wat welke wie waarin waarbij waarmee waardoor toen terwijl omdat hoewel"
        " nadat voordat sinds maar want wanneer indien als tenzij"
    ),
}
#: Pronouns that open a parenthetical relative clause after a comma ("X, which ..., did").
RELATIVES = {
    "en": words("which who whom whose where"),
    "nl": words("die dat wat welke wie waarin waarbij waarmee waar"),
}
#: Tokens that join coordinated names ("Lacey and Larkin", "Visa en Mastercard").
CONJUNCTIONS = words("and & en , or")

#: Determiners that make a noun phrase definite (needed for coreference).
DEFINITE = {
    "en": words("the this that these those its their his her"),
    "nl": words("de het deze dit die dat zijn haar hun"),
}

#: Coreference heads: a definite noun phrase with this head points back to an entity of
#: one of these types (in order of preference).
COREF_HEADS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "company": ("Vendor", "Platform", "Organization"),
        "business": ("Platform", "Vendor", "Organization"),
        "firm": ("Vendor", "Organization"),
        "vendor": ("Vendor",),
        "provider": ("Vendor",),
        "network": ("Vendor", "Platform"),
        "networks": ("Vendor",),
        "processor": ("Vendor",),
        "site": ("Platform",),
        "website": ("Platform",),
        "platform": ("Platform",),
        "service": ("Platform",),
        "app": ("Platform",),
        "lawsuit": ("Case",),
        "suit": ("Case",),
        "complaint": ("Case",),
        "case": ("Case",),
        "indictment": ("Case",),
        "prosecution": ("Case",),
        "ruling": ("Case",),
        "decision": ("Case",),
        "law": ("Law",),
        "bill": ("Law",),
        "act": ("Law",),
        "legislation": ("Law",),
        "measure": ("Law",),
        "statute": ("Law",),
        "provision": ("Law",),
        "court": ("Court",),
        "group": ("Organization",),
        "agency": ("Organization",),
        "bureau": ("Organization",),
    },
    "nl": {
        "bedrijf": ("Vendor", "Platform", "Organization"),
        "firma": ("Vendor", "Organization"),
        "onderneming": ("Vendor", "Organization", "Platform"),
        "leverancier": ("Vendor",),
        "softwarefirma": ("Vendor",),
        "softwarebedrijf": ("Vendor",),
        "softwareleverancier": ("Vendor",),
        "techbedrijf": ("Vendor", "Organization", "Platform"),
        "betaalbedrijf": ("Vendor",),
        "site": ("Platform",),
        "website": ("Platform",),
        "webstek": ("Platform",),
        "platform": ("Platform",),
        "zoekertjessite": ("Platform",),
        "advertentiesite": ("Platform",),
        "dienst": ("Platform",),
        "app": ("Platform",),
        "rechtszaak": ("Case",),
        "zaak": ("Case",),
        "aanklacht": ("Case",),
        "klacht": ("Case",),
        "strafzaak": ("Case",),
        "vervolging": ("Case",),
        "uitspraak": ("Case",),
        "wet": ("Law",),
        "wetgeving": ("Law",),
        "wetsvoorstel": ("Law",),
        "regelgeving": ("Law",),
        "rechtbank": ("Court",),
        "hof": ("Court",),
        "rechter": ("Court",),
    },
}
#: Modifiers that narrow a coreference head to vendors ("the software company").
VENDOR_MODIFIERS = words(
    "software crm cloud payment payments card technology tech hosting advertising database"
)
#: Heads that refer to the founders of the nearest platform ("its founders", "de oprichters").
FOUNDER_HEADS = words("founders co-founders cofounders oprichters medeoprichters stichters")
#: Words after a founders head that point to the thing founded ("de oprichters ervan").
OF_IT = words("ervan daarvan")

#: Role nouns that introduce a person's name, and the role they give.
ROLES: dict[str, str] = {
    "founder": "founder",
    "co-founder": "co-founder",
    "cofounder": "co-founder",
    "founders": "founder",
    "co-founders": "co-founder",
    "ceo": "CEO",
    "chief executive": "CEO",
    "chief executive officer": "CEO",
    "chief financial officer": "CFO",
    "cfo": "CFO",
    "president": "president",
    "chairman": "chairman",
    "chairwoman": "chairwoman",
    "owner": "owner",
    "judge": "judge",
    "justice": "judge",
    "prosecutor": "prosecutor",
    "attorney general": "attorney general",
    "senator": "senator",
    "oprichter": "founder",
    "medeoprichter": "co-founder",
    "oprichters": "founder",
    "topman": "CEO",
    "topvrouw": "CEO",
    "ceo's": "CEO",
    "directeur": "director",
    "baas": "CEO",
    "eigenaar": "owner",
    "rechter": "judge",
    "officier van justitie": "prosecutor",
    "aanklager": "prosecutor",
    "senator ": "senator",
}
#: Roles that state a relationship to the organisation named with them.
ROLE_RELATION = {"founder": "FOUNDED", "co-founder": "FOUNDED", "owner": "OWNS"}

#: Nouns for a group of anonymous plaintiffs ("fifty women", "een vijftigtal vrouwen").
GROUP_NOUNS = words(
    "women men girls boys children families parents mothers victims survivors users people"
    " plaintiffs minors teenagers vrouwen mannen meisjes jongens kinderen families gezinnen"
    " ouders moeders slachtoffers overlevenden gebruikers mensen eisers eiseressen"
    " minderjarigen tieners"
)
#: Number words (for groups and for "three years ago").
NUMBERS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "hundred": 100, "dozens": 24, "hundreds": 200,
    "een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
    "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "twintig": 20, "dertig": 30,
    "veertig": 40, "vijftig": 50, "zestig": 60, "honderd": 100, "tientallen": 24,
    "honderden": 200, "tiental": 10, "twintigtal": 20, "dertigtal": 30, "veertigtal": 40,
    "vijftigtal": 50, "zestigtal": 60, "honderdtal": 100,
}  # fmt: skip
#: Words that make a group vague but still countable ("dozens of", "a group of").
GROUP_QUANTIFIERS = words(
    "several many dozens hundreds group verschillende meerdere enkele tientallen honderden groep"
)

#: Legal-form suffixes of company names.
LEGAL_SUFFIXES = (
    "Inc.", "Inc", "Corp.", "Corp", "Corporation", "LLC", "L.L.C.", "Ltd.", "Ltd", "Limited",
    "LLP", "plc", "PLC", "N.V.", "NV", "B.V.", "BV", "GmbH", "AG", "S.A.", "SA", "S.à r.l.",
    "S.A.R.L.", "Co.", "Holdings", "Group",
)  # fmt: skip
#: Head words of organisation names that are not companies ("Electronic Frontier Foundation").
ORG_HEADS = words(
    "Foundation Association Institute Center Centre Coalition Commission Agency Department"
    " Bureau Subcommittee Committee Council Union Network Alliance Stichting Vereniging"
    " Ministerie Autoriteit Office Parliament Senate Congress Police Politie Administration"
)
#: Words that mark an unknown multi-word name as a company ("Fenix International").
COMPANY_WORDS = words(
    "Partners International Capital Publications Media Holdings Group Bank Technologies"
    " Technology Labs Networks Systems Payments Ventures Entertainment Communications"
    " Services Solutions Software Games Studios Digital Online Financial Investments"
)
#: Capitalised words that start sentences or titles and never start a name.
NOT_NAME_START = words(
    "The A An This That These Those It Its In On At By For From With Under After Before"
    " Since When While As If But And Or Of To Also Both Lawyers Prosecutors Judge Mr Mrs Ms"
    " Dr De Het Een Dit Deze Die Dat In Op Bij Voor Na Met Onder Volgens Ook En Of Maar"
    " President Senator Federal State Former Monday Tuesday Wednesday Thursday Friday"
    " Saturday Sunday January February March April May June July August September October"
    " November December American Canadian British Dutch Belgian German French Russian"
    " European Amerikaan Amerikaanse Amerikaans Canadees Canadese Brit Britse Belg Belgische"
    " Nederlander Nederlandse Duitse Franse Russische Europese Oprichter Topman Rechter"
)
#: Nouns after a name that make the name a modifier ("Backpage executives"), not a party.
HEAD_NOUNS_AFTER = words(
    "executives executive employees staff founders owners owner lawyers users advertisers"
    " officials managers directors ceo cfo spokesperson spokesman spokeswoman parent"
    " medewerkers topmannen oprichters eigenaars advocaten gebruikers woordvoerder"
    " woordvoerster ads advertisements"
)
#: Words that make what follows a guess or a plan, not a fact.
SPECULATION = words(
    "expect expects expected might could would plan plans planned consider considers"
    " considering likely verwacht verwachten overweegt overwegen mogelijk wellicht misschien"
)
#: Possessives before which "own" is an adjective ("its own investigation").
POSSESSIVES = words("its their his her our my your zijn haar hun ons onze eigen")
#: Connector words allowed inside multi-word names ("Court of Appeals for the Ninth Circuit").
NAME_CONNECTORS = words("of for the and & on in to van voor de het der den")
#: Lower-case particles of personal names ("Mark van der Berg").
NAME_PARTICLES = words("van de der den ten ter von da di le la du")

#: Months, English and Dutch, full and abbreviated.
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "januari": 1, "february": 2, "feb": 2, "februari": 2,
    "march": 3, "mar": 3, "maart": 3, "mrt": 3, "april": 4, "apr": 4, "may": 5, "mei": 5,
    "june": 6, "jun": 6, "juni": 6, "july": 7, "jul": 7, "juli": 7, "august": 8, "aug": 8,
    "augustus": 8, "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10,
    "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
