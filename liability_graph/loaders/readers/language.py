"""Offline language detection from function words: small, deterministic, no model download.

Running text in a language is full of its commonest short words ("de", "het", "een" in
Dutch; "the", "of", "and" in English). Counting them tells English and Dutch apart, and
tells both from five other European languages, which are reported so that extraction (made
for English and Dutch) can skip them. Text with too few such words is left undetermined.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_STOPWORDS: dict[str, frozenset[str]] = {
    "en": _words(
        "the of and to in is that for it was on with as be by at this are have from or an"
        " but not they which has had were been their its would will there what who about"
        " said after than also into more other when can over we he she you his her them"
        " these those against because while could should our between"
    ),
    "nl": _words(
        "de het een en van in is dat op te voor met zijn niet aan er die om ook als bij door"
        " maar nog naar uit dan of wordt worden werd hebben heeft had was waren zou zouden"
        " tot over deze dit wat wel geen haar hun ze zich kan meer na onder tegen tussen"
        " omdat waarin hem ons jaar ervan hier daar zegt volgens echter toen"
    ),
    "de": _words(
        "der die das und ist nicht mit den dem des ein eine einer auf für sich auch es von"
        " zu im sie wird wurde werden hat haben sind war nach bei aus wie oder aber noch"
        " nur über vor durch dass einen einem kann sein seine ihre zum zur gegen unter"
        " zwischen soll diese dieser weil schon sehr mehr"
    ),
    "fr": _words(
        "le la les de des du un une et est en que qui dans pour pas sur au aux avec par"
        " plus ne se il elle ils sont été ont a ce cette ces son sa ses leur leurs mais ou"
        " comme être avoir fait nous vous lui y dont entre contre après selon aussi très"
        " déjà"
    ),
    "es": _words(
        "el la los las de del y que en un una es por con para no se lo su sus al como más"
        " pero fue son ha han sido este esta estos entre sobre también cuando muy sin"
        " hasta desde porque contra según otro ya le hay era está"
    ),
    "it": _words(
        "il lo la gli le di del della dei delle e è che un una per non con su nel nella da"
        " dal sono come più ma anche questo questa stato essere ha hanno alla al degli tra"
        " fra dopo contro perché sua suo loro ancora solo già molto"
    ),
    "pt": _words(
        "o a os as de do da dos das e é que em um uma para com não no na nos por se mais"
        " como mas foi ao são ser seu sua também pelo pela entre sobre quando muito já"
        " contra depois está isso esse essa até"
    ),
}
# A word shared by k languages is weak evidence for each: it counts 1/k.
_WEIGHTS: dict[str, dict[str, float]] = {}
for _lang, _words in _STOPWORDS.items():
    for _word in _words:
        _WEIGHTS.setdefault(_word, {})[_lang] = 0.0
for _word, _langs in _WEIGHTS.items():
    for _lang in _langs:
        _langs[_lang] = 1.0 / len(_langs)

LANGUAGES = tuple(_STOPWORDS)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
MIN_WORDS = 8  # fewer words than this: undetermined
MIN_SCORE = 3.0  # the winner needs at least this much weighted evidence
MIN_DENSITY = 0.1  # ... and this share of all words
SAMPLE_CHARS = 20_000


@dataclass(frozen=True)
class Detection:
    """The detected ISO 639-1 code (None when undetermined) and the score of each language."""

    language: str | None
    scores: dict[str, float]
    words: int


def detect_language(text: str) -> Detection:
    """Detect the language of (the first SAMPLE_CHARS of) a text, offline."""
    words = [w.casefold() for w in _WORD.findall(text[:SAMPLE_CHARS])]
    counts = Counter(words)
    scores = dict.fromkeys(LANGUAGES, 0.0)
    for word, count in counts.items():
        for lang, weight in _WEIGHTS.get(word, {}).items():
            scores[lang] += weight * count
    best = max(LANGUAGES, key=lambda lang: scores[lang])
    enough = (
        len(words) >= MIN_WORDS
        and scores[best] >= MIN_SCORE
        and scores[best] >= MIN_DENSITY * len(words)
    )
    return Detection(best if enough else None, scores, len(words))
