"""An alias a pack reads only in its own language (issue #10): "AP" is the Autoriteit
Persoonsgegevens in Dutch text (`names.language_aliases` of the nl pack) and never in English
text, where it is the Associated Press. Sentences written for these tests, invented names."""

from __future__ import annotations

from sentences import entity_types, facts

AP = "Autoriteit Persoonsgegevens"


def test_dutch_text_reads_ap_as_the_dutch_regulator(context):
    found = facts(context, "De AP legde Zorbix vorige week een boete op.", "nl")
    assert ("PLAINTIFF_IN", AP) in {(f[0], f[1]) for f in found}
    assert ("DEFENDANT_IN", "Zorbix") in {(f[0], f[1]) for f in found}


def test_english_text_never_reads_ap_as_the_dutch_regulator(context):
    for sentence in (
        "Zorbix sued the AP in Manhattan.",
        "The AP reported that the FTC sued Zorbix.",
    ):
        assert AP not in entity_types(context, sentence, "en")
        assert all(AP not in (f[1], f[2]) for f in facts(context, sentence, "en"))


def test_language_aliases_are_the_packs(context):
    from liability_graph.loaders.extract import pipeline

    assert pipeline.LANGUAGE_ALIASES["nl"][AP] == ["AP"]
    assert AP not in pipeline.EXTRA_ALIASES
