"""The search use case on the demo store: what is typed, what is found, where it opens."""

from __future__ import annotations

import uuid

from deliberation.records.places import PLACE_KINDS
from deliberation.services.root import Root
from deliberation.services.search import KINDS, Hit, query_words, segments


def matched(hit: Hit) -> set[str]:
    return {s.text for s in (*hit.title, *hit.snippet) if s.matched}


def test_etablissement_finds_the_word_with_its_accent(demo_root: Root) -> None:
    hits = demo_root.search.find("etablissement")
    assert hits
    assert all(
        {w.casefold() for w in matched(h)} & {"établissement", "établissements"} for h in hits
    )
    paragraph = next(h for h in hits if h.kind == "paragraph")
    assert paragraph.kind_label == "Paragraphe"
    assert paragraph.place.kind == "paragraph"
    assert uuid.UUID(paragraph.place.detail)  # the exact paragraph
    assert paragraph.where.startswith("Avis › ") and paragraph.where.endswith("› paragraphe")
    opinion = demo_root.opinions.text(paragraph.place.id)
    texts = {str(p.uuid): p.text for p in opinion.paragraphs}
    assert "établissement" in texts[paragraph.place.detail]


def test_ent_is_found_in_a_decision_that_opens_its_agenda_item(demo_root: Root) -> None:
    hits = demo_root.search.find("ENT", kinds=["decision"])
    assert hits and all(h.kind == "decision" and h.kind_label == "Décision" for h in hits)
    hit = hits[0]
    assert "ENT" in matched(hit)
    assert hit.place.kind == "agenda_item"
    meeting = demo_root.meetings.meeting(hit.place.id)
    item = next(i for i in meeting.items if str(i.uuid) == hit.place.detail)
    assert "ENT" in item.decision
    assert hit.where.startswith("Séances › Séance du ")


def test_a_reservation_is_found_by_its_words(demo_root: Root) -> None:
    hits = demo_root.search.find("délégué mutualisé", kinds=["position"])
    assert hits and hits[0].kind_label == "Position"
    assert {"délégué", "mutualisé"} <= matched(hits[0])
    organisation_id, subject_id = (int(n) for n in hits[0].place.detail.split(":"))
    assert hits[0].place.kind == "position" and organisation_id and subject_id
    assert hits[0].where.startswith("Positions › ") and hits[0].where.endswith("synthèse")


def test_a_comment_is_found_by_its_words_and_opens_its_paragraph(demo_root: Root) -> None:
    (hit,) = demo_root.search.find("ademe empreinte")
    assert hit.kind == "comment" and hit.kind_label == "Commentaire"
    assert hit.title_text.startswith("Commentaire de ")
    assert hit.place.kind == "paragraph" and uuid.UUID(hit.place.detail)


def test_a_former_name_finds_the_organisation(demo_root: Root) -> None:
    hits = demo_root.search.find("arf")
    hit = next(h for h in hits if h.kind == "former_name")
    assert hit.kind_label == "Ancien nom"
    assert hit.title_text == "ARF — Association des Régions de France"
    assert demo_root.referential.organisation(hit.place.id).acronym == "RdF"
    assert hit.place.kind == "organisation" and "Ancien nom de RdF" in hit.context


def test_every_word_is_required_and_each_is_a_prefix(demo_root: Root) -> None:
    both = demo_root.search.find("chef etabl")
    assert both
    for hit in both:
        words = {word.casefold() for word in matched(hit)}
        assert any(w.startswith(("chef", "établ")) for w in words), hit
    assert any(
        {"chef", "établissement"} <= {w.casefold() for w in matched(hit)} for hit in both
    )  # both shown when they are close
    assert demo_root.search.find("chef etabl zzzqx") == []


def test_odd_queries_find_nothing_and_never_raise(demo_root: Root) -> None:
    for query in ("", "   ", '"', "*", "AND OR NOT", "NEAR(a b)", "ent:*", "'; DROP TABLE x", "«»"):
        demo_root.search.find(query)
    assert demo_root.search.find("") == []


def test_a_limit_and_kinds_are_honoured(demo_root: Root) -> None:
    assert len(demo_root.search.find("de", limit=3)) == 3
    kinds = {h.kind for h in demo_root.search.find("ent", kinds=["meeting", "opinion"])}
    assert kinds and kinds <= {"meeting", "opinion"}


def test_every_place_kind_is_one_the_window_opens() -> None:
    assert set(KINDS) == {
        "organisation", "former_name", "delegate", "group", "meeting", "agenda_item",
        "decision", "action", "consultation", "position", "opinion", "paragraph",
        "amendment", "comment",
    }  # fmt: skip
    assert {"organisation", "agenda_item", "paragraph", "position"} <= set(PLACE_KINDS)


def test_query_words_and_segments() -> None:
    assert query_words("l'établissement, ENT!") == ["établissement", "ENT"]
    assert query_words("l") == ["l"]
    assert query_words("avr. 2027") == ["avr", "2027"]
    assert [(s.text, s.matched) for s in segments("le ⟦chef⟧  d'⟦établ⟧")] == [
        ("le ", False),
        ("chef", True),
        (" d'", False),
        ("établ", True),
    ]
