"""The language packs' word lists, typed for the extractor (loaders/languages/*.yaml).

Every word, cue and pattern of a language lives in its pack; this module only reads them
once and gives each the shape its users need: a dict by language where a step knows the
sentence's language, the union over the extraction languages where it does not (a name's
capitalised first word may be English or Dutch in either kind of text).

Words are compared in lower case; lemmas come from simplemma, so verb lists hold lemmas.
"""

from __future__ import annotations

from typing import Final

from liability_graph.loaders.languages import EXTRACTION_LANGUAGES, extraction_packs, union


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


LANGUAGES: Final[tuple[str, ...]] = EXTRACTION_LANGUAGES


def _by_language(key: str) -> dict[str, frozenset[str]]:
    return {p.code: p.words(key) for p in extraction_packs()}


def _mapping(key: str) -> dict:
    merged: dict = {}
    for item in extraction_packs():
        merged.update(item.mapping(key))
    return merged


#: Words that put the clause under negation: the trigger in it yields no fact.
NEGATIONS: Final = _by_language("negations")
#: Words that undo a following negation ("not only").
NEGATION_BREAKERS: Final = union("negation_breakers")
#: Negations that open a phrase of manner ("without consent"): after a trigger, no denial.
NEGATION_PREPS: Final = union("negation_preps")
#: Hedges: the sentence reports a claim, not a fact ("allegedly", "zou ... hebben").
HEDGES: Final = _by_language("hedges")
#: Multi-word hedges, as lower-case word tuples.
HEDGE_PHRASES: Final = {p.code: p.phrases("hedges") for p in extraction_packs()}
#: Times still to come ("next week", "volgende week"), as lower-case word tuples: an act
#: dated by one in its clause is a plan, not a fact ("the claim will be filed next week").
FUTURE_TIMES: Final = {p.code: p.phrases("future_times") for p in extraction_packs()}
#: Nouns of a party that exists to bring claims ("claimstichting", "claim foundation"), as
#: lower-case word tuples: a name they introduce after "against" is no defendant ("X verloor
#: de rechtszaak tegen claimstichting Y": Y brought it).
CLAIM_BRINGERS: Final = {p.code: p.phrases("claim_bringers") for p in extraction_packs()}
#: Phrases after a filing's agents that name whom they act for ("on behalf of"): counsel.
FOR_CLIENTS: Final = {p.code: p.phrases("for_clients") for p in extraction_packs()}
#: A law firm is counsel, never a party: the nouns that introduce one ("law firm X", "X law
#: firm", "advocatenkantoor X"), the last words of its own name ("X Law Group", "X LLP"), and
#: the role after a person's name that puts the person at one ("X, principal of Y Law Group").
LAW_FIRM_NOUNS: Final = {p.code: p.phrases("law_firm_nouns") for p in extraction_packs()}
LAW_FIRM_HEADS: Final = {p.code: p.phrases("law_firm_heads") for p in extraction_packs()}
LAW_FIRM_ROLES: Final = {p.code: p.phrases("law_firm_roles") for p in extraction_packs()}
#: Words that report a court's decision: the fact is ruled.
RULINGS: Final = _by_language("rulings")
#: Verbs that accuse a party ("alleges", "verwijt"): a law said to be broken is the case's.
ACCUSATIONS: Final = _by_language("accusations")
#: Verbs of a judge's finding ("found that", "oordeelde dat"): said by a judge, a ruling.
FINDINGS: Final = _by_language("findings")
#: Verbs of demanding a penalty ("het OM eist een boete", "prosecutors sought a fine"): a
#: ruling word after one is asked for, not decided.
DEMANDS: Final = _by_language("demands")
CONVICTIONS: Final = _by_language("convictions")
#: What a court orders a party to pay in a civil case ("liable", "damages", "schadevergoeding"):
#: a ruling with one of these after its trigger is no conviction in a criminal case.
CIVIL_REMEDIES: Final = _by_language("civil_remedies")
#: Prepositions, of every kind: what the object right after a trigger never starts with.
PREPOSITIONS: Final = (
    union("agent_preps")
    | union("against")
    | union("to")
    | union("of")
    | union("charge_preps")
    | union("place_preps")
    | union("case_about")
)
#: An article that may open a title after its type noun ("website the Daily Stormer").
TITLE_ARTICLES: Final = _by_language("title_articles")
#: Prepositions that make an -ing form the noun of an event ("during sentencing").
EVENT_GERUND_PREPS: Final = _by_language("event_gerund_preps")
#: Prepositions of time before a proceeding's noun ("during an investigation against X"):
#: the clause's subject does not bring that proceeding.
CASE_TIME_PREPS: Final = _by_language("case_time_preps")
#: Prepositions that govern a lawsuit noun in another clause's adverbial ("following a suit").
LAWSUIT_GOVERNORS: Final = _by_language("lawsuit_governors")
#: Words before such a preposition that make the name before a side ("X is in a battle with Y").
PARTY_IN_WORDS: Final = _by_language("party_in_words")
#: Verbs of taking part whose preposition takes the shared act ("joined X in suing Y").
JOINING_VERBS: Final = _by_language("joining_verbs")
#: Words of a court ruling for a party ("sided with X in its suit against Y").
FAVOUR_WORDS: Final = _by_language("favour_words")
#: Verbs of saying, thinking or demanding whose speaker tells what a party must do ("X moet
#: de berichten weghalen, vindt de gemeente"): no court's order without a court's word.
NOT_ORDERED: Final = _by_language("not_ordered")
#: Words that open a sentence pointing back to the whole sentence before ("Dat heeft de
#: rechter bepaald"): a court's word there makes the sentence before the court's.
ECHO_OPENERS: Final = _by_language("echo_openers")
#: Words of a future or a guess ("dat de rechter zal oordelen dat X moet ...", "unlikely"):
#: what a party must do beside one is no court's order yet.
ORDER_DOUBTS: Final = _by_language("order_doubts")
#: Verbs of a higher court undoing a ruling ("overturned the conviction of X").
QUASH_VERBS: Final = _by_language("quash_verbs")
#: Verbs that settle a suit they take as object ("to resolve lawsuits accusing ..."): the
#: name before is its defendant, never its bringer.
SUIT_SETTLERS: Final = _by_language("suit_settlers")
#: Of those, the preposition of a proceeding the clause's subject claims in, with a verb of
#: demanding in the clause ("X eist in een kort geding tegen Y ..."): the subject's own suit.
CLAIM_PREPS: Final = _by_language("claim_preps")
#: "the firm behind the site X": the preposition and the company nouns before it that
#: describe a platform's owner (the owner, not the platform, is the party such a subject names).
BEHIND_WORDS: Final = _by_language("behind_words")
#: Coordinators that open a predicate sharing the subject before them ("..., so was fined").
SHARED_SUBJECT: Final = _by_language("shared_subject")
#: Words of an amount after its number ("€60 million"): a listed party's own amount.
AMOUNT_WORDS: Final = _by_language("amount_words")
BEHIND_NOUNS: Final = _by_language("behind_nouns")
#: Reporting verbs, and the parties whose saying makes a claim alleged.
SAY: Final = union("say")
#: The same verbs of saying, per language ("claim" is an English verb, a Dutch noun).
SAY_BY_LANGUAGE: Final = _by_language("say")
HEDGE_SUBJECTS: Final = union("hedge_subjects")
#: Auxiliaries of the passive voice (with a participle after them, the subject is the patient).
PASSIVE_AUX: Final = _by_language("passive_aux")
#: Other words between a subject and its verb (modal verbs, "has", "also").
AUXILIARIES: Final = _by_language("auxiliaries")
#: Verbs whose subject receives the participle's act ("kreeg een boete opgelegd").
RECEIVE_PASSIVE: Final = _by_language("receive_passive")
#: Prepositions that introduce the agent of a passive verb.
AGENT_PREPS: Final = _by_language("agent_preps")
#: Works an agent preposition names the makers of ("compositions by X"): no agent.
AUTHORED_WORKS: Final = _by_language("authored_works")
#: Prepositions that introduce the opposing party ("a suit against X").
AGAINST: Final = _by_language("against")
#: Prepositions that introduce a recipient ("sold X to Y").
TO: Final = _by_language("to")
#: Prepositions that introduce who a suit comes from ("faces a lawsuit from X").
FROM: Final = _by_language("from")
#: Words that open a subordinate or relative clause (clause boundaries for scope).
SUBORDINATORS: Final = _by_language("subordinators")
#: Words that open a descriptive apposition after a name in a verb-final language ("X, een
#: Amerikaans bedrijf, kreeg"): the apposition belongs to the clause around it.
APPOSITION_OPENERS: Final = _by_language("apposition_openers")
#: Subordinators that before a predicate open no clause ("werd als medeplichtig vervolgd"),
#: and the words after one that make it open a clause ("als de rechter ...", "als hij ...").
PREDICATE_SUBORDINATORS: Final = _by_language("predicate_subordinators")
#: Per language, the first word of a correlative "and" ("zowel X als Y"), the word that
#: then stands for "and", and the language's own "and" it reads as.
CORRELATIVES: Final = {
    p.code: (p.words("correlative_openers"), p.words("correlative_ands"), min(p.words("and")))
    for p in extraction_packs()
    if p.words("correlative_openers") and p.words("correlative_ands") and p.words("and")
}
CLAUSE_SUBJECT_WORDS: Final = {
    p.code: p.words("clause_subject_words") | p.words("definite") | p.words("indefinite")
    for p in extraction_packs()
    if p.words("clause_subject_words")
}
#: Case nouns whose compounds unknown to the lemmatizer take the head's lemma
#: ("privacyboete", "recordboetes": "boete"), and those that do so only joined by a hyphen
#: ("AVG-boete", "DSA-onderzoek", "DMA-zaak"): a written-together word is one token, and
#: its last part says what it is.
COMPOUND_HEADS: Final = {
    p.code: tuple(sorted(p.words("compound_heads"), key=len, reverse=True))
    for p in extraction_packs()
}
HYPHEN_HEADS: Final = _by_language("hyphen_heads")
#: Prepositions that may follow a separable particle at its clause's end ("klaagde X aan
#: wegens misleiding"): the particle still ends the verb's clause.
PARTICLE_FOLLOWERS: Final = _by_language("particle_followers")
#: Pronouns that open a parenthetical relative clause after a comma ("X, which ..., did").
RELATIVES: Final = _by_language("relatives")
#: Relatives that determine the noun after them ("whose conduct"): the noun phrase is the
#: clause's own subject.
RELATIVE_DETERMINERS: Final = _by_language("relative_determiners")
#: A relative after a comma that stands for the whole clause before it ("..., which violates
#: the GDPR"): that clause's subject breaches the law.
CLAUSE_RELATIVES: Final = _by_language("clause_relatives")
#: Words after "and" that close a list by naming its rest ("A, B and others").
LIST_REST: Final = _by_language("list_rest")
#: Verbs (lemmas) that list a noun's members after it ("the defendants include A and B").
LIST_VERBS: Final = _by_language("list_verbs")
#: Words that give a relative clause a subject or a reported clause of its own.
RELATIVE_CLAUSE_STOPS: Final = _by_language("relative_clause_stops")
#: Tokens that join coordinated names ("Lacey and Larkin", "Visa en Mastercard").
CONJUNCTIONS: Final = union("conjunctions")
#: Determiners that make a noun phrase definite (needed for coreference).
DEFINITE: Final = _by_language("definite")
INDEFINITE: Final = union("indefinite")
#: Demonstratives ("this", "deze"): a noun phrase they open points back to the one entity of
#: its kind named before.
DEMONSTRATIVES: Final = _by_language("demonstratives")
#: Coreference heads: a definite noun phrase with this head points back to an entity of
#: one of these types (in order of preference).
COREF_HEADS: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    p.code: {head: tuple(types) for head, types in p.mapping("coref_heads").items()}
    for p in extraction_packs()
}
#: Pronouns that, opening a sentence, point back to an entity of the sentence before, with
#: the types they may stand for.
PRONOUNS: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    p.code: {word: tuple(types) for word, types in p.mapping("pronouns").items()}
    for p in extraction_packs()
}
#: Modifiers that narrow a coreference head to vendors ("the software company").
VENDOR_MODIFIERS: Final = union("vendor_modifiers")
#: Words that open what an inquiry asks ("whether"): a guess after them is the suspicion.
INQUIRY_OPENERS: Final = _by_language("inquiry_openers")
#: Words that open an inquiry's question only right after a verb of inquiry ("assess if"),
#: and those verbs.
INQUIRY_CONDITIONALS: Final = _by_language("inquiry_conditionals")
INQUIRY_VERBS: Final = _by_language("inquiry_verbs")
#: Articles that make the infinitive after them a noun ("het opleggen van een boete"), and
#: the endings of an infinitive.
NOMINALIZERS: Final = _by_language("nominalizers")
INFINITIVE_ENDINGS: Final = _by_language("infinitive_endings")
#: Prepositions that attribute a statement to its source ("volgens het OM", "according to
#: the FBI"): the source they govern is no end of the statement's relationship.
ATTRIBUTIONS: Final = _by_language("attributions")
#: Verbs of news reporting, whose subject is a source and no party ("as X reported").
REPORT_VERBS: Final = _by_language("report_verbs")
REPORT_ADVERBS: Final = _by_language("report_adverbs")
REPORTED_BY: Final = _by_language("reported_by")
#: Endings after a hyphen that make a capitalised word an adjective ("Utah-based").
ADJECTIVE_TAILS: Final = union("adjective_tails")
#: Adjective tails that make the name before them an owner ("ByteDance-owned").
OWNER_TAILS: Final = union("owner_tails")
#: Owner nouns after a hyphen that make the name before them the owned platform and the name
#: after them its owner ("Facebook-moeder Meta", "TikTok-eigenaar ByteDance").
OWNED_COMPOUND_TAILS: Final = union("owned_compound_tails")
#: Nouns of a subsidiary between two names, or after a hyphen: the name before owns the
#: name after ("Zorblat subsidiary Quixly", "Zorblat-dochter Quixly").
SUBSIDIARY_NOUNS: Final = union("subsidiary_nouns")


def adjectival(word: str) -> bool:
    """Is the word an adjective made from a name ("Utah-based", "Google-backed")?"""
    head, _, tail = word.rpartition("-")
    return bool(head) and tail in ADJECTIVE_TAILS


def owner_compound(word: str) -> bool:
    """Is the word a compound of a capitalised name and an owner's noun ("Facebook-moeder",
    "Fortnite-maker", "TikTok-parent")? The name after it is the owner's."""
    head, dash, tail = word.rpartition("-")
    return bool(dash) and head[:1].isupper() and tail.lower() in OWNED_COMPOUND_TAILS


#: Heads that refer to the founders of the nearest platform ("its founders", "de oprichters").
FOUNDER_HEADS: Final = union("founder_heads")
#: Platform nouns that type the name right before them ("the Tallow app", "de Tallow-app").
#: Quantifiers before "of" and a relative pronoun ("all of whom", "both of whom"): the
#: clause is about every name of the list before them.
RELATIVE_QUANTIFIERS: Final = _by_language("relative_quantifiers")
NAME_HEADS: Final = _by_language("name_heads")
#: Lower-case words of a platform's kind between its name and such a head ("the Tallow
#: dating app", "the Quill dark web marketplace").
NAME_HEAD_MODIFIERS: Final = _by_language("name_head_modifiers")
#: Vendor nouns that type the name right before them ("the Adlux ad network", "the Gravik
#: hosting provider", "de Gravik-hostingprovider"): one word or several joined by "_".
VENDOR_NAME_HEADS: Final = _by_language("vendor_name_heads")
#: Institution nouns that type the name hyphened before them as an organisation
#: ("het Haga-ziekenhuis").
ORGANIZATION_NAME_HEADS: Final = _by_language("organization_name_heads")
#: Words after a founders head that point to the thing founded ("de oprichters ervan").
OF_IT: Final = union("of_it")
#: Role nouns that introduce a person's name, and the role they give.
ROLES: Final[dict[str, str]] = {str(k): str(v) for k, v in _mapping("roles").items()}
#: Roles whose holders are never parties to a case (judges, lawyers, spokespeople).
NON_PARTY_ROLES: Final = frozenset(
    str(role) for p in extraction_packs() for role in p.data.get("non_party_roles") or ()
)
#: Words that give each bringer of a suit its own ("A en B hebben elk een zaak tegen X
#: aangespannen", "A and B each sued X"): one case per bringer.
DISTRIBUTIVES: Final = _by_language("distributives")
#: Per language, nouns of a news outlet ("persbureau AP"): the name after one is the outlet,
#: never an office the reference base knows by the same letters.
NEWS_NOUNS: Final = _by_language("news_nouns")
#: Roles that state a relationship to the organisation named with them.
ROLE_RELATION: Final = {"founder": "FOUNDED", "co-founder": "FOUNDED", "owner": "OWNS"}
#: Nouns for a group of anonymous plaintiffs ("fifty women", "een vijftigtal vrouwen").
GROUP_NOUNS: Final = union("group_nouns")
#: Nouns of businesses that sue as one counted group ("hundreds of hotels"): an Organization.
ORGANIZATION_GROUP_NOUNS: Final = union("organization_group_nouns")
#: Words of joining a claim: such a group joins it as a member, it brings no suit of its own.
GROUP_JOINING_VERBS: Final = _by_language("group_joining_verbs")
#: Persons a place name may modify ("a Texas mother"): with the group nouns, no party place.
PERSON_NOUNS: Final = union("person_nouns") | GROUP_NOUNS
#: Per language, plural finite auxiliaries after a pronoun of a person or an organisation
#: ("Ze worden verdacht"): the persons named before come first.
PLURAL_VERBS: Final = _by_language("plural_verbs")
#: Per language, kin of a person named with them ("X's parents", "de ouders van X").
KIN_NOUNS: Final = _by_language("kin_nouns")
#: Siblings of a person, called by the given name beside them ("X's brother Nikolai"): the
#: given name and the person's surname name the sibling.
SIBLING_NOUNS: Final = _by_language("sibling_nouns")
#: Per language, the words for "of".
OF_WORDS: Final = _by_language("of")
#: Labels of caption, credit and link lines ("Photo:", "Lees ook:"): they state nothing.
CAPTION_LABELS: Final = frozenset(w.replace("_", " ") for w in union("caption_labels"))
#: Words that open a short credit or byline line ("Editing by X", "Door X").
CREDIT_OPENERS: Final = frozenset(w.replace("_", " ") for w in union("credit_openers"))
#: Modifiers of an investigation that no authority runs ("a news investigation"): no case.
NOT_CASE_MODIFIERS: Final = union("not_case_modifiers")
#: Number words (for groups and for "three years ago").
#: Nouns of a town or region before its name ("in de Duitse stad X").
PLACE_NOUNS: Final = union("place_nouns")
#: Nouns that point back to a person described by age ("de verdachte", "the suspect").
AGED_POINTERS: Final[dict[str, frozenset[str]]] = {
    p.code: words(str((p.names("aged_persons") or {}).get("points_back") or ""))
    for p in extraction_packs()
}
NUMBERS: Final[dict[str, int]] = {str(k): int(v) for k, v in _mapping("numbers").items()}
#: Words that make a group vague but still countable ("dozens of", "a group of").
GROUP_QUANTIFIERS: Final = union("group_quantifiers")
#: Head words of organisation names that are not companies ("Electronic Frontier Foundation").
ORG_HEADS: Final = union("organization_heads")
#: Head words of public bodies' names ("Commission", "Senate", "Autoriteit"): no vendor or
#: platform.
AUTHORITY_HEADS: Final = union("authority_heads")
#: Per language, the heads (word endings) of a regulator's name: the bringer of a fine
#: the next sentence tells without one.
ENFORCER_HEADS: Final = {
    p.code: tuple(sorted(p.words("enforcer_heads"))) for p in extraction_packs()
}
#: Capitalised adjectives that begin an organisation's name ("Federal Trade Commission"),
#: with every pack's jurisdiction adjectives ("Dutch Public Prosecution Service").
JURISDICTION_ADJECTIVES: Final = frozenset(
    str(adjective)
    for p in extraction_packs()
    for entry in p.jurisdictions().values()
    for adjective in entry.get("adjectives") or ()
)
ORG_ADJECTIVES: Final = union("org_adjectives") | JURISDICTION_ADJECTIVES


def _adjective_jurisdictions() -> dict[str, str]:
    """Each jurisdiction adjective's jurisdiction, by its English name ("Nederlandse" ->
    "Netherlands"); an adjective two jurisdictions share is left out."""
    places: dict[str, set[str]] = {}
    for pack in extraction_packs():
        for place, entry in pack.jurisdictions().items():
            for adjective in entry.get("adjectives") or ():
                places.setdefault(str(adjective), set()).add(str(place))
    return {a: next(iter(p)) for a, p in places.items() if len(p) == 1}


ADJECTIVE_JURISDICTION: Final = _adjective_jurisdictions()
#: ISO 3166 codes of the countries (and the EU) whose bodies the reference base records
#: with a `country` property, by the jurisdiction's English name.
COUNTRY_CODES: Final = {
    "United States": "US", "European Union": "EU", "United Kingdom": "GB",
    "Netherlands": "NL", "Belgium": "BE", "France": "FR", "Germany": "DE", "Ireland": "IE",
    "Australia": "AU", "Canada": "CA", "Italy": "IT", "Spain": "ES", "Luxembourg": "LU",
}  # fmt: skip
#: Words that mark an unknown multi-word name as a company ("Fenix International").
COMPANY_WORDS: Final = union("company_words")
#: Legal forms that end a company's name ("Inc.", "B.V.").
LEGAL_FORMS: Final = union("legal_forms")
#: The legal forms as a name writes them, case kept ("Inc.", "B.V.", "Pty Ltd").
LEGAL_FORM_SPELLINGS: Final = frozenset(w.replace("_", " ") for w in union("legal_form_spellings"))
#: Capitalised words that start sentences or titles and never start a name.
NOT_NAME_START: Final = union("not_name_start")
#: Party nouns that open a capitalised run as a title ("Plaintiff Zorvex Media", "Eiser
#: Zorvex Media"): dropped from a run's start when a name follows.
PARTY_TITLES: Final = union("party_titles")
#: Titles before a person's name ("Mr.", "Dr", "de heer"): the name after one is a person's.
HONORIFICS: Final = union("honorifics")
#: Capitalised common nouns and acronyms that are no name on their own ("ISP", "Internet").
NOT_NAMES: Final = frozenset(w.replace("_", " ") for w in union("not_names"))
#: Currency codes written before a sum ("NOK 65 million"): no name, nor part of one.
CURRENCY_CODES: Final = union("currency_codes")
#: A place's people ("Virginians", "Europeans"): no name, the plural of the place's
#: adjective or of a place in -a plus -ns.
DEMONYMS: Final = frozenset(
    [f"{a}s" for a in JURISDICTION_ADJECTIVES]
    + [f"{n}ns" for p in extraction_packs() for n in p.jurisdictions() if str(n).endswith("a")]
)
#: Nouns after a name that make the name a modifier ("Backpage executives"), not a party.
HEAD_NOUNS_AFTER: Final = union("head_nouns_after")
#: Nouns for who runs a service ("aanbieders", "operators"): "against the operators of X"
#: is against X, as "against the owner of X" is.
OPERATOR_NOUNS: Final = union("operator_nouns")
#: Nouns of the people who belong to an organisation ("executives", "medewerkers"), with the
#: founders' heads and the staff nouns: "executives of X were charged" charges the people,
#: never X.
MEMBER_NOUNS: Final = union("member_nouns") | FOUNDER_HEADS | union("hired_staff")
#: Prepositions between a member noun and its organisation besides "of" ("employees at X").
MEMBER_PREPS: Final = union("member_preps")
#: Prepositions of what something is about ("getuigen horen over de eigenaren van X"): the
#: people of an organisation after one are a topic, and the organisation stays the party.
TOPIC_PREPS: Final = union("topic_preps")
#: A branch after a company's name and a hyphen ("TikTok-tak"): the company itself.
BRANCH_SUFFIXES: Final = union("branch_suffixes")
#: Words that make what follows a guess or a plan, not a fact.
SPECULATION: Final = union("speculation")
#: An order or a deadline before the infinitive of a trigger ("ordered X to remove",
#: "has five days to remove", "gelastte X de app te verwijderen"): the act is not done yet.
ORDERS: Final = _by_language("orders")
#: Plural nouns of a regulator's proceedings that make one case per party named after them
#: ("investigations into A, B and C").
SPLIT_CASE_NOUNS: Final = _by_language("split_case_nouns")
#: Plural nouns of suits in a suit's trigger ("filed lawsuits against A and B"): one case
#: per defendant.
SPLIT_SUIT_NOUNS: Final = _by_language("split_suit_nouns")  # English "claims" is a verb too
#: "respectively": each party listed has its own amount, so its own decision.
RESPECTIVELY: Final = union("respectively")
INFINITIVE_MARKERS = _by_language("infinitive_markers")
#: Words of a party's seat before a place phrase ("headquartered in", "gevestigd in"): the
#: place is where the party sits, no jurisdiction of the case.
SEAT_WORDS: Final = union("seat_words")
#: Verbs of judging whose past may read as a founding verb ("found X to be hosting ...").
JUDGING_VERBS: Final = _by_language("judging_verbs")
#: A verb between the infinitive marker and the ordered act ("ordered X to help block Y").
INFINITIVE_BRIDGES: Final = _by_language("infinitive_bridges")
#: A conditional auxiliary with a modal makes a guess ("zou kunnen", "zouden ... kunnen"),
#: while the auxiliary alone reports a claim ("zou hebben": alleged).
CONDITIONALS: Final = union("conditionals")
CONDITIONAL_MODALS: Final = union("conditional_modals")
#: Words that open a condition right before a verb ("If convicted, X faces ..."): no event.
CONDITION_OPENERS: Final = union("condition_openers")
#: Words that, opening a sentence, make all of it a condition and its consequence.
CONDITION_CLAUSES: Final = _by_language("condition_clauses")
#: Possessives before which "own" is an adjective ("its own investigation").
POSSESSIVES: Final = union("possessives")
#: Lower-case particles of personal names ("Mark van der Berg").
NAME_PARTICLES: Final = union("name_particles")
#: Lower-case nouns of a public body that open its name ("de gemeente Bodegraven").
BODY_NOUNS: Final = _by_language("body_nouns")
#: Demonstratives that open a sentence pointing back to the thing the sentence before tells
#: of ("De AP legde een boete op. Die ging naar X": the fine went to X, no place).
POINTING_SUBJECTS: Final = _by_language("pointing_subjects")
#: Epithets of a person that close a compound pointing back to a person named before
#: ("De mediaondernemer stapte naar de rechter").
PERSON_COMPOUND_HEADS: Final = _by_language("person_compound_heads")
#: Words that make a sentence about a case ("the lawsuit", "de rechter").
CASE_WORDS: Final = union("case_words")
DEFENCE: Final = union("defence")
#: Nouns of a suit's bringers: their claim is the case's ("the plaintiffs allege ...").
CLAIMANT_NOUNS: Final = _by_language("claimant_nouns")
#: A law's compliance words, whose negation states a breach ("did not comply with").
COMPLIANCE: Final = _by_language("compliance")
#: Nouns a law's name modifies to name a case under it ("a GDPR fine").
LAW_CASE_NOUNS: Final = _by_language("law_case_nouns")
#: Nouns of a claim that a law's name modifies ("her Section 1595 claim", "de AVG-claim"):
#: a claim of the case the document tells of, even in a sentence without its parties.
LAW_CLAIM_NOUNS: Final = _by_language("law_claim_nouns")
COPULAS: Final = union("copulas")
OTHER: Final = union("other")
#: Counts that make plural suits a crowd of proceedings ("dozens of lawsuits"): no case.
CROWD_COUNTS: Final = union("crowd_counts")
#: Words that make a suit noun another proceeding ("its first action against Y").
FRESH_CASE_WORDS: Final = union("fresh_case_words")
#: Bare plural claim nouns ("dismissed claims against X"): with no bringer named, the claims
#: of the case the document tells of, never a proceeding of their own.
CURRENT_CLAIM_NOUNS: Final = _by_language("current_claim_nouns")
ADVERBS: Final = union("adverbs")
#: Words that add a party to the case at hand ("X was also charged", "ook Y werd gedagvaard").
ALSO_WORDS: Final = _by_language("also_words")
COURT_WORDS: Final = union("court_words")
NP_WORDS: Final = union("np_words")
SKIPPABLE: Final = union("skippable")
FORMER: Final = union("former")
CHARGE_PREPS: Final = union("charge_preps")
#: Prepositions of a reason ("wegens"): names after one are no parties of the act.
REASON_PREPS: Final = union("reason_preps")
CASE_ABOUT: Final = union("case_about")
PLACE_PREPS: Final = union("place_preps")
DESCRIPTIVE: Final = union("descriptive")
#: Nouns whose "of" names what they are about ("the acquisition of X"): no place.
OF_OBJECTS: Final = union("of_objects")
#: What a vendor does for a platform ("the domain registration of X", "de hosting van X")
SERVICE_OBJECTS: Final = union("service_objects")
#: Nouns that introduce a public body ("the watchdog, CNIL,", "toezichthouder X")
AUTHORITY_NOUNS: Final = union("authority_nouns")
CIVIC_NOUNS: Final = union("civic_nouns")
#: Words before a name's former name ("X, formerly Twitter", "X, voorheen Twitter")
FORMERLY: Final = union("formerly")
#: Endings of adverbs made from adjectives ("additional-ly"), per language
ADVERB_ENDINGS: Final = _by_language("adverb_endings")
#: Per language, the heads and the prepositions of pronominal adverbs ("daar" + "naast")
PRONOMINAL_HEADS: Final = _by_language("pronominal_heads")
PRONOMINAL_TAILS: Final = _by_language("pronominal_tails")
#: Verbs of saying whose "to"/"aan" names who was told ("confirmed to Vox")
ADDRESSEE_VERBS: Final = union("addressee_verbs")
#: Per language, verbs of paying: the "to" of a fine paid names its regulator.
PAYMENT_VERBS: Final = _by_language("payment_verbs")
AND: Final = union("and")
ARTICLES: Final = union("articles")
GROUP_OPENERS: Final = union("group_openers")
REGULATION_WORDS: Final = union("regulation_words")
#: Last words of a law's title ("Penal Code", "Copyright Directive").
LAW_TITLE_ENDS: Final = union("law_title_ends")
#: A law's lower-case head after its title ("the Data Shield law"), and the determiners
#: before such a title.
LAW_TITLE_LOWER_ENDS: Final = union("law_title_lower_ends")
LAW_TITLE_DETERMINERS: Final = union("law_title_determiners")
#: Lower-case words that join two capitalised parts of one Act's title ("... Online through
#: Parental Empowerment Act").
LAW_TITLE_CONNECTORS: Final = union("law_title_connectors")
#: The plural of "Act" after two titles joined by "and" ("Fair Trading and Data Privacy acts").
ACT_PLURALS: Final = union("act_plurals")
#: A chamber before "Bill" and a number ("Senate Bill 12"), and the words for "Bill".
BILL_CHAMBERS: Final = union("bill_chambers")
BILL_WORDS: Final = union("bill_words")
ROLE_DETERMINERS: Final = union("role_determiners")
SECTION_WORDS: Final = union("section_words")
#: Words of a provision ("article 5 of the GDPR"): skipped between a trigger and its law.
PROVISION_WORDS: Final = union("provision_words")
#: Capitalised nouns a number follows as a label ("Article 17", "Boek 7"), never a name
#: that holds its number (pipeline._digit_names).
NUMBERED_NOUNS: Final = union("numbered_nouns")
#: How an age word ends ("46-year-old", "62-jarige"): a description before a person's name.
AGE_ENDINGS: Final = tuple(sorted(union("age_endings")))
#: The first names and surnames of anonymous parties ("Jane Doe", "John Does").
ANONYMOUS_FIRST: Final = union("anonymous_first")
ANONYMOUS_LAST: Final = union("anonymous_last")
OF: Final = union("of")
PRODUCTS: Final = _by_language("products")
MONEY: Final = _by_language("money")
LAW_HEADS: Final = _by_language("law_heads")
#: Nouns of a proceeding ("investigation", "rechtszaak") and of an unnamed court.
CASE_NOUNS: Final = union("case_nouns")
COURT_NOUNS: Final = union("court_nouns")
#: Words between names and the court they are brought to in one capitalised run.
BEFORE_COURT: Final = union("before_court")
#: The words of a court's generic short name ("the Supreme Court").
GENERIC_COURT_WORDS: Final = union("generic_court_words")
#: Prepositions of a place phrase that places a case, and the verbs of such a clause.
JURISDICTION_PREPS: Final = union("jurisdiction_preps")
CASE_VERBS: Final = union("case_verbs")
#: Words of a clause that places a law or a case ("applies", "geldt", "law").
JURISDICTION_CUES: Final = union("jurisdiction_cues")
#: Nouns of a party's request to a court ("motion to dismiss"): denying one is no negation
#: of what it asks to end.
MOTIONS: Final = _by_language("motions")
#: Words of a repeated act ("sued X on several occasions"): many suits, no one case.
REPEATED: Final = union("repeated")
#: Verbs of a lawyer acting for a party ("represented by X"): X is counsel, no party.
COUNSEL_VERBS: Final = _by_language("counsel_verbs")
#: Nouns of who made or runs a thing ("the creator of X"): X is not that person.
MAKER_NOUNS: Final = union("maker_nouns")
#: Nouns of a court's decision ("a Supreme Court decision"): with an indefinite article, another case's.
DECISION_NOUNS: Final = union("decision_nouns")
#: Adverbs that put a court's act before the proceeding told of ("previously ruled").
EARLIER_ACTS: Final = _by_language("earlier_acts")
#: Prepositions of sequence before a decision noun ("following the decision by ...").
SEQUEL_PREPS: Final = _by_language("sequel_preps")
#: The plaintiff side of a prosecution's caption ("People v. X"): no party of its own.
CAPTION_PROSECUTORS: Final = union("caption_prosecutors")
#: A legislature's head noun (lower case) and the verbs (lemmas) of passing a law: a law a
#: jurisdiction's legislature passes is that jurisdiction's ("US Congress passed FOSTA").
LEGISLATURES: Final = union("legislatures")
ENACT_VERBS: Final = union("enact_verbs")
#: Nouns that make the case a trigger names a criminal one ("filed charges against").
CRIMINAL_NOUNS: Final = union("criminal_nouns")
#: Nouns of a prosecution service that make a suit in their clause criminal ("De Franse
#: justitie heeft X aangeklaagd").
PROSECUTION_NOUNS: Final = _by_language("prosecution_nouns")
#: Nouns of a country's unnamed public bodies ("de Franse autoriteiten", "French police"):
#: a case they bring, named after the adjective's country, is in that country.
PUBLIC_BODIES: Final = _by_language("public_bodies")
#: Verbs (lemmas) that govern a case noun as their object ("X spande een rechtszaak aan
#: tegen Y"): a one-word name right before one is the suit's bringer.
CASE_NOUN_VERBS: Final = _by_language("case_noun_verbs")
#: Nouns whose possessive belongs to an Act's title ("Children's Online Privacy Protection Act").
TITLE_POSSESSIVES: Final = union("title_possessives")
#: Nouns that point back to the sentence's one jurisdiction of their kind in a possessive
#: ("the country's Online Safety Act"): the word, lower case, -> the jurisdiction's kind.
ANAPHORS: Final[dict[str, dict[str, str]]] = {
    p.code: {
        word: kind for kind in ("country", "state", "union") for word in p.words(f"{kind}_anaphors")
    }
    for p in extraction_packs()
}
#: Words of several parties at once ("these services", "alle drie"): a law the sentence names
#: is that of each case told of together with the one it names.
PLURAL_REFERENTS: Final = _by_language("plural_referents")
#: Verbs (lemmas) of bringing a case ("filed the lawsuit Thursday"): its date is the case's.
FILING_VERBS: Final = _by_language("filing_verbs")
#: Title nouns of a US state written out ("the state of Utah", "de staat Utah").
STATE_TITLES: Final = _by_language("state_titles")
#: Nouns of a country's government after its adjective or name ("the US government", "de
#: Amerikaanse overheid") or before "of" and its name: one party (places.government_option).
GOVERNMENT_NOUNS: Final = _by_language("government_nouns")
LAW_PREPS: Final = union("law_preps")
ABBREVIATIONS: Final = union("abbreviations")
SENTENCE_STARTERS: Final = union("sentence_starters")
#: Per language: is the finite verb of a subordinate clause at its end (Dutch, German)?
#: Then the passive auxiliary and a negation may stand anywhere in the trigger's clause.
VERB_FINAL: Final = {p.code: bool(p.data.get("verb_final")) for p in extraction_packs()}
#: The country a prosecution belongs to when a federal cue word stands in its sentence.
FEDERAL_COUNTRY: Final = {
    p.code: str(p.data.get("federal_country") or "") for p in extraction_packs()
}
FEDERAL_CUES: Final = _by_language("federal_cues")
#: Nouns that introduce a name and give its node types ("payment processor X",
#: "hostingbedrijf X", "X, a dating app"), and the words of the phrases around them.
TYPE_NOUNS: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    p.code: {str(noun): tuple(types) for noun, types in p.mapping("type_nouns").items()}
    for p in extraction_packs()
}
#: Does the language capitalise every noun (so a capitalised word is no sign of a name)?
CAPITALISED_NOUNS: Final = {
    p.code: bool(p.data.get("capitalised_nouns")) for p in extraction_packs()
}
#: Does the language write compounds as one word (a compound's last part is its head)?
COMPOUNDS: Final = {p.code: bool(p.data.get("compounds")) for p in extraction_packs()}
#: Type nouns shorter than a compound's usual head that still close a compound after a
#: longer first part ("datingapp", "chatapp": app).
SHORT_COMPOUND_HEADS: Final = {
    p.code: tuple(sorted(p.words("short_compound_heads"))) for p in extraction_packs()
}
APPOSITION_DETERMINERS: Final = {
    # "another forum site, X," opens an apposition as "the forum site, X," does
    p.code: p.words("definite") | p.words("indefinite") | p.words("possessives") | p.words("other")
    for p in extraction_packs()
}
LIST_OPENERS: Final = union("list_openers")
#: The same as token sequences, with the packs' phrases ("such as"), the longest first.
LIST_OPENER_PHRASES: Final[tuple[tuple[str, ...], ...]] = tuple(
    sorted(
        {(w,) for w in LIST_OPENERS}
        | {phrase for p in extraction_packs() for phrase in p.phrases("list_openers")},
        key=lambda phrase: (-len(phrase), phrase),
    )
)
#: Words between a copula and a role noun that keep it a predicate ("X is among the
#: plaintiffs", "one of the owners").
PARTITIVES: Final = union("partitives")
#: Words of a phrase that adds a partner to a subject ("X, along with Y, sued"): the
#: words before the preposition, and the prepositions.
COMITATIVE_HEADS: Final = _by_language("comitative_heads")
COMITATIVE_PREPS: Final = union("comitative_preps")
#: Nouns of residence ("a resident of X"): the place they name prosecutes nobody.
RESIDENCE_NOUNS: Final = union("residence_nouns")
#: Object pronouns the extractor does not resolve ("found him guilty"): no name.
OBJECT_PRONOUNS: Final = _by_language("object_pronouns")
#: Words that open the names a group stands for ("three companies of the X group, namely
#: A, B and C"): the listed names are the parties.
NAMELY: Final = union("namely")
#: Words between a name and the short form it is known by ("... Act, known as FOSTA").
KNOWN_AS: Final = union("known_as")
#: Nouns of a name a person goes by ("under the pseudonym X"): the name after one is no
#: party of its own.
PSEUDONYM_NOUNS: Final = union("pseudonym_nouns")
#: Verbs that type the name before them by the noun after them ("FOSTA is a federal law").
TYPE_COPULAS: Final = _by_language("type_copulas")
INDEFINITES: Final = _by_language("indefinite")
#: Words that make a type noun a verb ("to host Parler's users").
INFINITIVE_MARKERS = _by_language("infinitive_markers")
COORDINATORS: Final[tuple[tuple[str, ...], ...]] = tuple(
    phrase for p in extraction_packs() for phrase in p.phrases("coordinators")
)
#: The words the coordinating phrases open with: a list of words that opens with none
#: of them holds none of the phrases there.
COORDINATOR_FIRSTS: Final = frozenset(phrase[0] for phrase in COORDINATORS if phrase)
#: Modifiers that make a company noun an owner ("parent company", "moederbedrijf").
OWNER_MODIFIERS: Final = union("owner_modifiers")
#: Modifiers after a possessive that name no owner ("her favourite app X", "its rival app").
NOT_OWNER_MODIFIERS: Final = union("not_owner_modifiers")
#: First words of place names that look like a person's ("San Francisco", "New York").
PLACE_PREFIXES: Final = union("place_prefixes")
PLACE_HEADS: Final = union("place_heads")
FIRST_PERSON: Final = _by_language("first_person")
SPEECH_VERBS: Final = _by_language("speech_verbs")
#: A pronoun opening a reported clause that stands for the speaker ("X said it had ..."),
#: and the words that may follow it there (so an article "het" is told apart).
REPORTED_PRONOUNS: Final = _by_language("reported_pronouns")
REPORTED_PRONOUN_FOLLOWERS: Final = _by_language("reported_pronoun_followers")
#: The reported form of "will" after such a pronoun ("X said it would stop ...").
REPORTED_FUTURES: Final = _by_language("reported_futures")
#: Verbs of announcing that state a plan when an infinitive follows the act ("kondigde aan
#: een zaak te beginnen tegen X"), and no plan when the act is their object ("kondigde een
#: boete aan").
ANNOUNCE_VERBS: Final = _by_language("announce_verbs")
TEMPORAL_SUBORDINATORS: Final = union("temporal_subordinators")


def fronted_time(first: str, second: str) -> bool:
    """Do the sentence's first two words (lower case) open a time phrase with a word that
    may also open a clause ("Sinds maart vervolgt het OM X", "Sinds 2021 ..."): a
    preposition before a month or a year, no subordinator?"""
    return first in TEMPORAL_SUBORDINATORS and (
        second in MONTHS or (len(second) == 4 and second.isdigit())
    )


#: Words that, after a negation, make it the end of something ("no longer", "niet meer").
ENDING_NEGATIONS: Final = union("ending_negations")
NAME_CONNECTORS_IN: Final = union("name_connectors")
#: Lower-case words a capitalised run spans (with NAME_CONNECTORS_IN), the words inside one
#: side of a case caption, the words that join two names in one run, and the words that
#: make a run no person's name.
RUN_CONNECTORS: Final = union("run_connectors") | NAME_CONNECTORS_IN
CAPTION_CONNECTORS: Final = union("caption_connectors")
#: Words that open a case's name before its caption ("de strafzaak X tegen Y"), and the
#: words between a caption's sides besides "v." and "vs." ("X tegen Y").
CAPTION_OPENERS: Final = frozenset(w.replace("_", " ") for w in union("caption_openers"))
CAPTION_VERSUS: Final = union("caption_versus")
NAME_JOINERS: Final = union("name_joiners")
NOT_IN_PERSON_NAMES: Final = union("not_in_person_names")
#: Nouns that describe a person before the name in one capitalised run ("Investor Piet
#: Kalvan" at a sentence's start): no part of the name.
PERSON_DESCRIPTORS: Final = union("person_descriptors")
#: Word endings: a negation clitic ("n't"); a progressive participle, never passive
#: ("processing"); a modifier before a noun ("the criminal charges").
NEGATION_ENDINGS: Final = {
    p.code: tuple(sorted(p.words("negation_endings"))) for p in extraction_packs()
}
PROGRESSIVE_ENDINGS: Final = {
    p.code: tuple(sorted(p.words("progressive_endings"))) for p in extraction_packs()
}
#: Endings of regular participles ("charged"): a headline's passive ("X charged in France").
PARTICIPLE_ENDINGS: Final = {
    p.code: tuple(sorted(p.words("participle_endings"))) for p in extraction_packs()
}
MODIFIER_ENDINGS: Final = tuple(sorted(union("modifier_endings")))
#: Platform nouns that name a vendor after a vendor's kind ("the ad network Adlux").
VENDOR_KIND_NOUNS: Final = union("vendor_kind_nouns")
#: Endings of capitalised place adjectives before a noun ("Amsterdamse", "Virginia-based").
ADJECTIVE_ENDINGS: Final = {
    p.code: tuple(sorted(p.words("adjective_endings"))) for p in extraction_packs()
}
#: Endings of an adjective inflected before its noun ("de Tweede Kamer", "die Deutsche Bank").
INFLECTED_ADJECTIVE_ENDINGS: Final = {
    p.code: tuple(sorted(p.words("inflected_adjective_endings"))) for p in extraction_packs()
}
#: The kind of service a SERVICED sentence names, by word stem, in order of preference.
SERVICES: Final = {p.code: p.services for p in extraction_packs()}
#: Months, of every extraction language, full and abbreviated.
MONTHS: Final[dict[str, int]] = {}
for _pack in extraction_packs():
    MONTHS.update({str(k): int(v) for k, v in (_pack.dates("months") or {}).items()})
#: What opens a sentence that names the members of a counted group told of in the sentence
#: before ("They are", "Het gaat om"), as lower-case word tuples.
MEMBER_LISTS: Final = {p.code: p.phrases("member_lists") for p in extraction_packs()}
#: Endings of a plural noun that heads a counted group ("nationals", "datingsites").
COUNTED_PLURAL_ENDINGS: Final = {
    p.code: tuple(sorted(p.words("counted_plural_endings"))) for p in extraction_packs()
}
#: Nouns of a case's defendant ("defendant", "hoofdverdachte"): one before a name in
#: apposition titles it ("The main defendant, X, was sentenced").
DEFENDANT_NOUNS: Final = _by_language("defendant_nouns")
