"""Bad files: imports skip and count bad lines of any kind; readers refuse what is too deep in one sentence;
the index is optional to `analyse` and `draft`; user templates are bounded; small bad arguments are refused."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from conftest import EXAMPLE

from foi_helper.cli import main
from foi_helper.corpus import Corpus
from foi_helper.errors import FoiHelperError, LetterError, ReadError
from foi_helper.letters import templating
from foi_helper.reading import read_answers
from foi_helper.settings import Config


def good(i: int) -> str:
    return json.dumps({"id": 700 + i, "uin": str(i), "house": "Commons", "dateTabled": "2024-01-02T00:00:00",
                       "questionText": f"To ask the Secretary of State for Health, how many nurses in region {i}."})


@pytest.mark.parametrize(
    "bad",
    ["[" * 100000 + "]" * 100000, '{"id": ' + "9" * 5000 + ', "questionText": "x"}', "\x00\x01 junk",
     '{"results": ' + "[" * 60 + "]" * 60 + "}"],
)
def test_a_bad_line_of_any_kind_is_counted_and_skipped(tmp_path: Path, bad: str) -> None:
    source = tmp_path / "q.jsonl"
    source.write_text(f"{good(1)}\n{bad}\n{good(2)}\n")
    with Corpus.open(tmp_path / "c.sqlite3") as corpus:
        result = corpus.import_paths([source])
    assert (result.added, result.malformed) == (2, 1)


def test_a_record_with_a_lone_surrogate_is_kept_cleaned(tmp_path: Path) -> None:
    source = tmp_path / "q.jsonl"
    source.write_text(good(1).replace("how many", "how \\ud800many") + "\n" + good(2) + "\n")
    with Corpus.open(tmp_path / "c.sqlite3") as corpus:
        assert corpus.import_paths([source]).added == 2
        assert "\ud800" not in corpus.search("nurses region", limit=5)[0].question


def test_a_corrupt_gzip_keeps_the_records_read_before_the_damage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = bytearray(gzip.compress("".join(good(i) + "\n" for i in range(3000)).encode()))
    data[len(data) * 3 // 4:len(data) * 3 // 4 + 64] = b"\xff" * 64
    source = tmp_path / "q.jsonl.gz"
    source.write_bytes(bytes(data))
    index = tmp_path / "c.sqlite3"
    assert main(["corpus", "import", str(source), "--corpus", str(index)]) == 0
    err = capsys.readouterr().err
    assert "damaged after line" in err and "Traceback" not in err
    with Corpus.open(index) as corpus:
        assert 100 < len(corpus) < 3000


def test_import_walks_no_symlink_loop_and_no_link_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "dump"
    folder.mkdir()
    (folder / "q.jsonl").write_text(good(1) + "\n")
    (folder / "self").symlink_to(folder)
    (folder / "root").symlink_to("/")
    assert main(["corpus", "import", str(folder), "--corpus", str(tmp_path / "c.sqlite3")]) == 0
    assert "1 records added" in capsys.readouterr().out


def test_import_of_a_huge_tree_stops_in_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from foi_helper.corpus import importers

    monkeypatch.setattr(importers, "MAX_ENTRIES", 5)
    for i in range(10):
        (tmp_path / f"f{i}.txt").write_text("")
    assert main(["corpus", "import", str(tmp_path), "--corpus", str(tmp_path / "c.sqlite3")]) == 1
    assert "more than 5 files" in capsys.readouterr().err


def test_parlparse_xml_nested_too_deep_is_one_sentence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "answers2019-01-01.xml"
    source.write_text("<publicwhip>" + "<p>" * 5000 + "x" + "</p>" * 5000 + "</publicwhip>")
    assert main(["corpus", "import", str(source), "--corpus", str(tmp_path / "c.sqlite3")]) == 1
    err = capsys.readouterr().err
    assert "nest deeper" in err and "Traceback" not in err


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100000 + "]" * 100000,
        '{"value": {"id": ' + "9" * 5000 + ', "questionText": "To ask"}}',
        '{"id": 1, "questionText": "To ask"}\n{"id": ' + "9" * 5000 + "}\n",
        '<publicwhip><ques id="uk.org.publicwhip/wrans/2019-01-01.1.q0"><p>To ask what.</p></ques><reply>'
        + "<p>" * 1000 + "x" + "</p>" * 1000 + "</reply></publicwhip>",
    ],
)
def test_reading_refuses_too_deep_or_too_long_in_one_sentence(text: str) -> None:
    with pytest.raises(ReadError) as exc:
        read_answers(text)
    assert "\n" not in str(exc.value)


@pytest.mark.parametrize("index_bytes", [b"", b"SQLite format 3\0" + b"\xff" * 4000])
@pytest.mark.parametrize("command", ["analyse", "draft"])
def test_a_damaged_or_empty_index_never_blocks_analyse_or_draft(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], index_bytes: bytes, command: str,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    index = tmp_path / "c.sqlite3"
    index.write_bytes(index_bytes)
    index.chmod(0o400)  # as on a full or read-only disk: an empty index cannot be given its tables
    from foi_helper.corpus import index as index_module

    real = index_module.schema.create

    def full_disk(db: object) -> None:
        raise index_module.sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(index_module.schema, "create", full_disk)
    args = [command, str(EXAMPLE), "--corpus", str(index)] + (["--name", "Alex Example"] if command == "draft" else [])
    assert main(args) == 0
    err = capsys.readouterr().err
    assert err.count("could not be searched") == 1 and "Traceback" not in err
    monkeypatch.setattr(index_module.schema, "create", real)


def test_a_failed_first_import_leaves_no_empty_index(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from foi_helper.corpus import index as index_module

    def full_disk(db: object) -> None:
        raise index_module.sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(index_module.schema, "create", full_disk)
    source = tmp_path / "q.jsonl"
    source.write_text(good(1) + "\n")
    index = tmp_path / "c.sqlite3"
    assert main(["corpus", "import", str(source), "--corpus", str(index)]) == 1
    assert not index.exists()


TEMPLATE_ATTACKS = [
    ("recursion", "{% macro f() %}{{ f() }}{% endmacro %}\n{{ f() }}", "recursion"),
    ("range", "{% for i in range(10**9) %}x{% endfor %}", "larger than"),
    ("repeat", "line one\n{{ 'A' * 10**10 }}", "longer than"),
    ("zero", "Dear {{ authority }},\n{{ 1/0 }}", "ZeroDivisionError"),
    ("power", "{{ 7 ** 100000 }}", "power"),
    ("ljust", "{{ 'a'.ljust(10**10) }}", "larger than"),
    ("flood", "{% for a in range(99999) %}{{ 'A' * 99999 }}{% endfor %}", "more than"),
]


@pytest.mark.parametrize(("name", "body", "says"), TEMPLATE_ATTACKS)
def test_a_user_template_is_bounded_and_its_errors_are_one_sentence_naming_file_and_line(
    foi_home: Path, name: str, body: str, says: str
) -> None:
    folder = foi_home / "config" / "templates"
    folder.mkdir(parents=True)
    (folder / "request.txt.j2").write_text(body)
    with pytest.raises(LetterError) as exc:
        templating.render_template("request.txt.j2", {"authority": "Home Office"})
    text = str(exc.value)
    assert "request.txt.j2" in text and says in text and "\n" not in text
    assert name == "flood" or "line" in text  # the flood is stopped between lines it wrote


def test_a_user_template_that_loops_without_writing_stops_at_the_time_limit(
    foi_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(templating, "TIME_LIMIT", 0.2)
    folder = foi_home / "config" / "templates"
    folder.mkdir(parents=True)
    (folder / "request.txt.j2").write_text("{% for a in range(99999) %}{% for b in range(99999) %}"
                                           "{% endfor %}{% endfor %}")
    with pytest.raises(LetterError, match="ran for more than"):
        templating.render_template("request.txt.j2", {})


def test_a_binary_user_template_is_one_sentence(foi_home: Path) -> None:
    folder = foi_home / "config" / "templates"
    folder.mkdir(parents=True)
    (folder / "request.txt.j2").write_bytes(bytes(range(256)))
    with pytest.raises(LetterError, match="not UTF-8"):
        templating.render_template("request.txt.j2", {})


@pytest.mark.parametrize(
    ("settings", "says"),
    [('name = ["Alex", "Example"]\n', "must be text"),
     ('date_from = "2024-01-01"\ndate_to = "2020-01-01"\n', "is after"),
     ('date_from = "0001-01-01"\n', "0001-01-01"),
     ("name = " + "[" * 5000 + "]" * 5000 + "\n", "nests deeper")],
)
def test_settings_a_person_got_wrong_are_one_sentence(foi_home: Path, settings: str, says: str,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    (foi_home / "config").mkdir(parents=True)
    (foi_home / "config" / "config.toml").write_text(settings)
    with pytest.raises(FoiHelperError, match=says):
        Config.load()
    assert main(["draft", str(EXAMPLE)]) == 1
    out, err = capsys.readouterr()
    assert "['Alex'" not in out
    assert len([line for line in err.splitlines() if not line.startswith("foi-helper: warning:")]) == 1


@pytest.mark.parametrize(
    "args",
    [["due", ""], ["due", "0001-01-01"], ["due", "9999-12-31"], ["search", "x", "--before", "0001-01-01"],
     ["corpus", "update", "--since", "1066-10-14", "--base-url", "http://127.0.0.1:9/"]],
)
def test_dates_outside_1900_to_2200_or_empty_are_refused(args: list[str], tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "c.sqlite3").write_bytes(b"")
    assert main([*args, *(["--corpus", str(tmp_path / "c.sqlite3")] if args[0] != "due" else [])]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_a_limit_beyond_any_index_is_bad_usage(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["search", "x", "--limit", "99999999999999999999"])
    assert exc.value.code == 2 and "more than" in capsys.readouterr().err
