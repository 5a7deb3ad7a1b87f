"""The settings file is checked once, when read: dates are dates, the law is a law, and a bad file is one
sentence, the same in the CLI and the app."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from foi_helper.cli import main
from foi_helper.errors import SettingsError
from foi_helper.settings import Config, config_path
from tests.conftest import EXAMPLE
from tests.tui_helpers import app_for, async_test, notifications, settle


def _write(text: str) -> Path:
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_settings_come_back_typed_after_a_save() -> None:
    saved = Config(name="Sam", email="sam@example.org", default_law="foisa", date_from=date(2019, 1, 1))
    saved.save()
    loaded = Config.load()
    assert loaded == saved and loaded.date_from == date(2019, 1, 1) and loaded.date_to is None


def test_toml_dates_and_quoted_dates_both_read_and_an_empty_one_is_unset() -> None:
    _write('date_from = 2019-01-01\ndate_to = "2019-06-24"\ndefault_law = "EIR"\nname = ""\n')
    config = Config.load()
    assert (config.date_from, config.date_to, config.default_law) == (date(2019, 1, 1), date(2019, 6, 24), "eir")
    _write('date_from = ""\n')
    assert Config.load().date_from is None


@pytest.mark.parametrize(("text", "named"), [
    ('date_from = "2019-13-01"\n', "date_from '2019-13-01' is not a date"),
    ('default_law = "gdpr"\n', "default_law 'gdpr' is not one of foia, foisa, eir"),
    ('name = 12\n', "name must be text"),
    ('date_from = "2020-01-01"\ndate_to = "2019-01-01"\n', "after its end"),
    # a setting the program would not read is named, never silently ignored
    ('[requester]\nname = "Alex"\nemail = "a@example.org"\n',
     "[requester] is not a settings table; put name and email at the top of the file"),
    ('nmae = "Alex"\n', "nmae is not a setting (the settings are name, email, address"),
])
def test_a_bad_value_is_named_in_one_sentence(text: str, named: str) -> None:
    path = _write(text)
    with pytest.raises(SettingsError) as caught:
        Config.load()
    message = str(caught.value)
    assert message.startswith(f"The settings file {path} is wrong: ") and named in message
    assert "\n" not in message and message.endswith("or delete it.")


def test_one_requester_for_letters_and_follow_ups() -> None:
    config = Config(name="Sam", email="sam@example.org", address="1 High St")
    assert config.requester().name == "Sam" and config.requester("Ada").name == "Ada"
    assert Config().requester(signed="Jo").name == "Jo" and Config().requester().name is None
    assert Config(default_law="foia").law_override() is None and Config(default_law="eir").law_override() == "eir"


BAD = 'date_from = "1 January 2018"\n'


def test_the_cli_refuses_a_bad_settings_file(capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(BAD)
    assert main(["draft", str(EXAMPLE), "--name", "Sam"]) == 1
    err = capsys.readouterr().err
    assert f"The settings file {path} is wrong: date_from '1 January 2018' is not a date" in err
    assert "Traceback" not in err


@async_test
async def test_the_app_reports_a_bad_settings_file_with_the_same_sentence(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _write(BAD)
    assert main(["draft", str(EXAMPLE), "--name", "Sam"]) == 1
    cli_sentence = capsys.readouterr().err.strip().splitlines()[-1].removeprefix("foi-helper: ")
    app = app_for(EXAMPLE.read_text(encoding="utf-8"))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert cli_sentence in notifications(app)
