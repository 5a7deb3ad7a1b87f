"""The index file: creating, refusing what is not an index, migrating, upserting, importing each format."""

from __future__ import annotations

import gzip
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from foi_helper.corpus import Corpus, CorpusError, schema
from foi_helper.corpus.text import TERMS_VERSION
from tests.conftest import QUESTIONS, needs_shared


def value(id: int, question: str, **fields: Any) -> dict[str, Any]:
    """An API `value` object with the fields the tests care about (others null, as in the shared data)."""
    base: dict[str, Any] = {
        "id": id,
        "questionText": question,
        "answerText": None,
        "uin": None,
        "house": None,
        "dateTabled": None,
        "dateAnswered": None,
        "answeringBodyName": None,
        "heading": None,
        "groupedQuestions": [],
    }
    base.update(fields)
    return base


CLIPPED = "The Government is committed to " + "x" * 224 + "..."  # the list endpoint's form: 255 + "..."
FULL = "<p>The Government is committed to " + "x" * 224 + " and more besides, in full.</p>"


def write_jsonl(path: Path, values: list[Any], gz: bool = False) -> Path:
    text = "".join((v if isinstance(v, str) else json.dumps(v)) + "\n" for v in values)
    if gz:
        path.write_bytes(gzip.compress(text.encode()))
    else:
        path.write_text(text)
    return path


def test_open_creates_an_index_and_reopens_it(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "c.sqlite3"
    with Corpus.open(path) as c:
        assert len(c) == 0
    assert path.is_file()
    with Corpus.open(path) as c:
        assert c.stats()["records"] == 0


@pytest.mark.parametrize(
    "content", [b"not a database at all, just text" * 40, b"SQLite format 3\x00" + b"\x07" * 200]
)
def test_a_file_that_is_not_sqlite_is_one_sentence(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "c.sqlite3"
    path.write_bytes(content)
    with pytest.raises(CorpusError, match=r"not an index foi-helper can read|damaged") as err:
        Corpus.open(path)
    assert "\n" not in str(err.value)


def test_another_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE t (x)")
    with pytest.raises(CorpusError, match="not a foi-helper index"):
        Corpus.open(path)


def test_an_index_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    Corpus.open(path).close()
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    with pytest.raises(CorpusError, match="newer foi-helper"):
        Corpus.open(path)


def test_a_version_1_index_is_migrated_and_keeps_its_records(tmp_path: Path) -> None:
    path = tmp_path / "v1.sqlite3"
    db = sqlite3.connect(path)
    for statement in schema._V1.split(";"):
        if statement.strip():
            db.execute(statement)
    db.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    db.execute("PRAGMA user_version = 1")
    db.execute(
        "INSERT INTO questions (id, question) VALUES (1, 'To ask the Secretary of State for Defence, "
        "how many tanks are in service.')"
    )
    db.commit()
    db.close()
    with Corpus.open(path) as c:
        assert c.db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert c.db.execute("SELECT addressee FROM questions WHERE id = 1").fetchone()[0] == (
            "Secretary of State for Defence"
        )
        assert [m.id for m in c.search("tanks in service")] == [1]  # the full-text table was refilled


def test_a_version_4_index_flags_questions_the_list_cut_without_a_mark(tmp_path: Path) -> None:
    path = tmp_path / "v4.sqlite3"
    with Corpus.open(path):
        pass
    db = sqlite3.connect(path, isolation_level=None)
    cut = "To ask the Secretary of State for Defence, " + "y" * 212
    db.executemany(
        "INSERT INTO questions (id, question, answer, answer_html) VALUES (?, ?, ?, ?)",
        [
            (1, cut, "Plain text from the list.", 0),
            (2, cut, "<p>A detail answer kept when the list's cut question replaced the full one.</p>", 1),
            (3, cut[:200], None, 0),
            (-4, cut, "A TheyWorkForYou answer: ParlParse questions come whole.", 0),
        ],
    )
    db.execute("PRAGMA user_version = 4")
    db.close()
    with Corpus.open(path) as c:
        flagged = dict(c.db.execute("SELECT id, question_clipped FROM questions").fetchall())
    assert len(cut) == 255 and flagged == {1: 1, 2: 1, 3: 0, -4: 0}


def test_a_full_question_is_not_replaced_by_the_lists_unmarked_cut(tmp_path: Path) -> None:
    whole = "To ask the Secretary of State for Defence, " + "z" * 212 + " and the rest of it in full."
    detail = {"value": value(11, whole, answerText="<p>An answer.</p>")}
    listed = value(11, whole[:255], answerText="An answer.")
    with Corpus.open(tmp_path / "c.sqlite3") as c:
        (tmp_path / "detail.json").write_text(json.dumps(detail))
        c.import_file(tmp_path / "detail.json")
        c.import_file(write_jsonl(tmp_path / "list.jsonl", [listed]))
        question = c.db.execute("SELECT question, question_clipped FROM questions WHERE id = 11").fetchone()
    assert question == (whole, 0)


def test_a_version_3_index_loses_its_answer_column_and_keeps_searching(tmp_path: Path) -> None:
    path = tmp_path / "v3.sqlite3"
    db = sqlite3.connect(path, isolation_level=None)
    for statement in schema._V1.split(";"):
        if statement.strip() and "question_terms" not in statement:
            db.execute(statement)
    schema.MIGRATIONS[1](db)
    db.execute(
        "CREATE VIRTUAL TABLE question_terms USING fts5 (heading, body, answer, content='', columnsize=1, "
        "tokenize='unicode61 remove_diacritics 2')"
    )
    db.execute("CREATE VIRTUAL TABLE question_vocab USING fts5vocab (question_terms, row)")
    db.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    db.execute("PRAGMA user_version = 3")
    db.execute(
        "INSERT INTO questions (id, question, answer) VALUES (1, 'To ask the Secretary of State for Defence, "
        "how many tanks are in service.', 'Two hundred and thirteen Challenger 2 tanks.')"
    )
    db.execute(
        "INSERT INTO question_terms (rowid, heading, body, answer) VALUES (1, '', 'tank', 'challenger')"
    )
    db.execute("INSERT INTO meta (key, value) VALUES ('terms_version', ?)", (TERMS_VERSION,))
    db.close()
    with Corpus.open(path) as c:
        assert c.db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        columns = [d[0] for d in c.db.execute("SELECT * FROM question_terms LIMIT 0").description]
        assert columns == ["heading", "body"]
        assert [m.id for m in c.search("tanks in service")] == [1]  # its terms were made again


def test_a_version_6_index_gets_the_ranking_terms_its_rows_lacked(tmp_path: Path) -> None:
    path = tmp_path / "v6.sqlite3"
    question = "To ask the Secretary of State for Defence, how many Challenger tanks are in service."
    records = [
        value(1, question, heading="Tanks", answerText="<p>There are 213 Challenger 2 tanks in service.</p>"),
        value(2, "To ask the Secretary of State for Health, how many nurses are employed.", heading="Nurses"),
    ]
    with Corpus.open(path) as c:
        c.import_file(write_jsonl(tmp_path / "q.jsonl", records))
        stored = dict(c.db.execute("SELECT id, rank_terms FROM questions").fetchall())
        found = [(m.id, m.score) for m in c.search("Challenger tanks in service")]
    assert stored[1] == "many challenger tank service\ttank\t213 challenger 2 tank service"
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("UPDATE questions SET rank_terms = NULL")
    db.execute("PRAGMA user_version = 6")
    db.close()
    with Corpus.open(path) as c:
        assert c.db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert dict(c.db.execute("SELECT id, rank_terms FROM questions").fetchall()) == stored
        assert [(m.id, m.score) for m in c.search("Challenger tanks in service")] == found


def test_a_row_without_ranking_terms_is_ranked_by_its_question(tmp_path: Path) -> None:
    # A row another program wrote (or damaged) holds no ranking terms: its question and heading still count.
    with Corpus.open(tmp_path / "c.sqlite3") as c:
        c.import_file(write_jsonl(tmp_path / "q.jsonl", [
            value(1, "To ask the Secretary of State for Defence, how many Challenger tanks are in service."),
            value(2, "To ask the Secretary of State for Defence, how many tanks were sold abroad."),
        ]))
        before = [(m.id, m.score) for m in c.search("Challenger tanks in service")]
        c.db.execute("UPDATE questions SET rank_terms = CASE id WHEN 1 THEN NULL ELSE 'no tabs here' END")
        assert [(m.id, m.score) for m in c.search("Challenger tanks in service")] == before


def test_reimport_is_idempotent_and_fuller_text_wins(tmp_path: Path) -> None:
    q = "To ask the Secretary of State for Defence, what steps he is taking to improve service housing."
    listed = value(
        10,
        q,
        answerText=CLIPPED,
        uin="1830",
        house="Commons",
        dateTabled="2024-07-25T00:00:00",
        answeringBodyName="Ministry of Defence",
        heading="Armed Forces: Housing",
    )
    detail = {"value": dict(listed, answerText=FULL)}
    with Corpus.open(tmp_path / "c.sqlite3") as c:
        list_file = write_jsonl(tmp_path / "list.jsonl", [listed])
        assert c.import_file(list_file) == 1
        assert c.import_file(list_file) == 0  # nothing changed
        (tmp_path / "detail.json").write_text(json.dumps(detail))
        assert c.import_file(tmp_path / "detail.json") == 1
        assert c.import_file(list_file) == 0  # the clipped text does not replace the full one
        (match,) = c.search("service housing improve", limit=1)
        assert match.answer is not None and match.answer.endswith("in full.") and not match.clipped
        assert match.department == "Ministry of Defence" and match.heading == "Armed Forces: Housing"


def test_metadata_arriving_later_keeps_the_full_text_and_reindexes(tmp_path: Path) -> None:
    q = "To ask the Secretary of State for Transport, what assessment he has made of pothole repairs in Kent."
    with Corpus.open(tmp_path / "c.sqlite3") as c:
        c.import_file(write_jsonl(tmp_path / "a.jsonl", [value(5, q, answerText=FULL)]))
        later = value(
            5,
            q,
            answerText=CLIPPED,
            uin="77",
            heading="Roads: Maintenance",
            dateTabled="2024-01-02T00:00:00",
            answeringBodyName="Department for Transport",
        )
        assert c.import_file(write_jsonl(tmp_path / "b.jsonl", [later])) == 1
        (m,) = c.search("road maintenance", limit=1)  # the heading is now searchable
        assert m.uin == "77" and m.answer and "in full" in m.answer


def test_malformed_lines_are_counted_not_fatal(tmp_path: Path) -> None:
    good = value(1, "To ask the Secretary of State for Education, how many teachers left in 2023.")
    path = write_jsonl(tmp_path / "q.jsonl.gz", [good, "{broken", json.dumps({"id": 2}), "[]"], gz=True)
    with Corpus.open(tmp_path / "c.sqlite3") as c:
        result = c.import_paths([path])
        assert (result.added, result.malformed) == (1, 2)
        assert result.malformed_examples[0] == "q.jsonl.gz:2"


def test_department_is_learnt_from_the_opening_words(tmp_path: Path) -> None:
    opening = "To ask the Secretary of State for the Home Department, "
    labelled = [
        value(i, opening + f"how many officers served in force {i}.", answeringBodyName="Home Office")
        for i in range(1, 5)
    ]
    bare = value(99, opening + "how many asylum claims were decided in 2024.")
    with Corpus.open(tmp_path / "c.sqlite3") as c:
        c.import_file(write_jsonl(tmp_path / "q.jsonl", [*labelled, bare]))
        (m,) = c.search("asylum claims decided", limit=1)
        assert m.id == 99 and m.department == "Home Office"


def test_list_response_detail_response_folder_and_xml(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "deeper").mkdir(parents=True)
    page = {
        "totalResults": 2,
        "results": [
            {
                "value": value(
                    1,
                    "To ask the Secretary of State for Health and Social Care, how many dentists work in Devon.",
                )
            },
            {
                "value": value(
                    2, "To ask the Secretary of State for Health and Social Care, how many GPs work in Devon."
                )
            },
        ],
    }
    (folder / "page.json.gz").write_bytes(gzip.compress(json.dumps(page).encode()))
    (folder / "deeper" / "one.json").write_text(
        json.dumps({"value": value(3, "To ask the Chancellor of the Exchequer, what the deficit is.")})
    )
    (folder / "notes.txt").write_text("ignored")
    (folder / "lordswrans2019-06-24.xml").write_text(XML)
    with Corpus.open(tmp_path / "c.sqlite3") as c:
        result = c.import_paths([folder])
        assert (result.files, result.added, result.malformed) == (3, 5, 0)
        lords = c.resolve("HL16233", None)
        assert lords is not None and lords.house == "Lords" and lords.department == "Home Office"
        assert lords.heading == "Paedophilia: Social Media" and lords.answer and "£300,000" in lords.answer
        assert lords.url == "https://www.theyworkforyou.com/wrans/?id=2019-06-24.HL16233.h"
        assert c.import_paths([folder]).changed == 0  # XML ids are stable across imports


XML = """<?xml version="1.0" encoding="utf-8"?>
<publicwhip>
<major-heading id="uk.org.publicwhip/wrans/2019-06-24.0.mh">Home Office</major-heading>
<minor-heading id="uk.org.publicwhip/wrans/2019-06-24.HL16233.h">Paedophilia: Social Media</minor-heading>
<ques id="uk.org.publicwhip/wrans/2019-06-24.HL16233.q0" speakername="Lord Moonie" person_id="x">
<p qnum="HL16233">To ask Her Majesty's Government what steps they are taking to tackle paedophiles on social media.</p>
</ques>
<ques id="uk.org.publicwhip/wrans/2019-06-24.HL16234.q1" speakername="Lord Moonie">
<p qnum="HL16234">To ask Her Majesty's Government how many paedophiles operate on Twitter.</p></ques>
<reply id="uk.org.publicwhip/wrans/2019-06-24.HL16233.r0" speakername="Baroness Williams of Trafford">
<p>The Government set out plans in the Online Harms White Paper.</p><p>This includes an additional £300,000.</p>
</reply>
</publicwhip>
"""


def test_unreadable_inputs_are_one_sentence(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text("{nope")
    (tmp_path / "bad.xml").write_text("<publicwhip><ques>")
    (tmp_path / "data.csv").write_text("a,b")
    with Corpus.open(tmp_path / "c.sqlite3") as c:
        for name, message in [
            ("bad.json", "not valid JSON"),
            ("bad.xml", "not readable ParlParse XML"),
            ("data.csv", "not a file foi-helper can import"),
            ("missing.jsonl", "no file"),
        ]:
            with pytest.raises(CorpusError, match=message):
                c.import_file(tmp_path / name)
        assert len(c) == 0


@needs_shared(QUESTIONS)
def test_stats_of_a_slice_of_the_shared_data(tmp_path: Path) -> None:
    lines = []
    with gzip.open(QUESTIONS, "rt", encoding="utf-8") as f:
        for line in f:
            lines.append(line)
            if len(lines) == 1500:
                break
    path = tmp_path / "slice.jsonl"
    path.write_text("".join(lines))
    with Corpus.open(tmp_path / "c.sqlite3") as c:
        assert c.import_file(path) == 1500
        s = c.stats()
    assert s["records"] == 1500 and s["file_size"] > 0
    assert s["departments"].get("unknown", 0) < 300  # most records without metadata get a department
    assert s["houses"].get("Commons", 0) > 1400  # read from the opening words when the record does not say


def test_changed_term_rules_rebuild_the_full_text_table(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    q = "To ask the Secretary of State for Education, how many teachers left the profession in 2023."
    with Corpus.open(path) as c:
        c.import_file(write_jsonl(tmp_path / "q.jsonl", [value(1, q)]))
        c.db.execute(
            "INSERT INTO question_terms (question_terms) VALUES ('delete-all')"
        )  # as if made by other rules
        c.set_meta("terms_version", "0")
        assert c.search("teachers leaving") == []
    with Corpus.open(path) as c:
        assert [m.id for m in c.search("teachers leaving")] == [1]


def test_a_locked_index_is_one_sentence_not_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    with Corpus.open(path) as c:
        c.import_file(
            write_jsonl(
                tmp_path / "q.jsonl",
                [value(1, "To ask the Chancellor of the Exchequer, what the deficit was in 2023.")],
            )
        )
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN EXCLUSIVE")  # another process in the middle of an import
    try:
        with pytest.raises(CorpusError, match="is busy") as err:
            Corpus.open(path, timeout=0.05)
        assert "\n" not in str(err.value)
        writer.execute("COMMIT")
        with Corpus.open(path) as c:
            writer.execute("BEGIN EXCLUSIVE")  # the lock is taken after opening, while searching
            c.db.execute("PRAGMA busy_timeout = 50")
            with pytest.raises(CorpusError, match="Cannot read the index"):
                c.search("deficit")
    finally:
        if writer.in_transaction:
            writer.execute("ROLLBACK")
        writer.close()
