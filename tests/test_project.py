from __future__ import annotations

from pathlib import Path

import pytest

from khojaly_i18n.errors import ConfigError
from khojaly_i18n.project import load_project


def test_finds_the_repository_project_from_a_subfolder(repo_root: Path) -> None:
    project = load_project(repo_root / "docs")
    assert project.root == repo_root
    assert project.all_languages == ("en", "az", "ru", "tr", "de", "fr")
    assert project.locale_dir == repo_root / "locale"


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ('languages = "de"', "languages must be a list"),
        ('languages = ["de"]\nlocales = "x"', "unknown key(s) in [tool.khojaly-i18n]: locales"),
        ('docs = 3', "docs must be a path"),
        ('source-language = ""', "source-language must be a language code"),
    ],
)
def test_bad_configuration_names_the_file(tmp_path: Path, table: str, message: str) -> None:
    (tmp_path / "pyproject.toml").write_text(f"[tool.khojaly-i18n]\n{table}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_project(tmp_path)
    assert message in str(caught.value)
    assert str(caught.value).startswith(str(tmp_path / "pyproject.toml"))


def test_no_project_is_a_config_error(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.other]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="no pyproject.toml with a \\[tool.khojaly-i18n\\] table"):
        load_project(tmp_path)


def test_invalid_toml_is_skipped_while_searching(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.khojaly-i18n]\nlanguages = [\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        load_project(tmp_path)
