"""Privacy by design (docs/privacy.md): the graph holds only pseudonyms of protected persons.

- `vault`: the separate file (0600) with the identities behind the pseudonyms;
- `mentions`: where a protected name occurs in a text, and what replaces it;
- `protect`: the ingest-time pass that pseudonymises facts before they are written;
- `victims`: the pass that marks victim-role persons in a document's facts as protected;
- `cues.yaml`: the cue words of both passes that belong to no language; each language's
  are in its pack (loaders/languages/, `privacy:`).
"""
