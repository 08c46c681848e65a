"""Settings from defaults, TOML, env and flags; every bad key or value is one clear line."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from server.config import (
    COMPONENTS,
    OPTIONS,
    ConfigError,
    Routes,
    Settings,
    add_flags,
    load_settings,
    parse_routes,
)
from server.options import TomlTyped
from tests.conftest import REPO, run_logclass


def flags(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_flags(parser)
    return parser.parse_args(list(argv))


def test_defaults() -> None:
    settings = load_settings(flags(), {})
    assert settings == Settings()
    assert (settings.host, settings.port) == ("127.0.0.1", 50051)
    assert settings.grace_period == 10.0
    assert settings.max_message_bytes == 16 * 1024 * 1024
    assert settings.max_record_bytes == 64 * 1024
    assert settings.routes.for_source("LegacyCRM") == ("llm",)
    assert settings.routes.for_source("ModernCRM") == ("regex", "semantic")


def test_seed_env_names_keep_working() -> None:
    env = {
        "LOG_LEVEL": "debug",
        "BATCH_SIZE": "32",
        "MODEL_PATH": "/m",
        "CONFIDENCE_THRESHOLD": "0.7",
    }
    settings = load_settings(flags(), env)
    assert settings.log_level == "DEBUG"
    assert settings.semantic.batch_size == 32
    assert settings.semantic.model_path == Path("/m")
    assert settings.semantic.confidence_threshold == 0.7


def test_precedence_toml_then_env_then_flags(tmp_path: Path) -> None:
    config = tmp_path / "logclass.toml"
    config.write_text('port = 6000\nhost = "0.0.0.0"\nbatch_size = 8\n')
    env = {"LOGCLASS_PORT": "7000", "BATCH_SIZE": "16"}
    settings = load_settings(flags("--config", str(config), "--port", "8000"), env)
    assert (settings.host, settings.port, settings.semantic.batch_size) == ("0.0.0.0", 8000, 16)


def test_routes_from_text_and_from_toml(tmp_path: Path) -> None:
    assert parse_routes("LegacyCRM=llm; *=regex") == Routes({"LegacyCRM": ("llm",)}, ("regex",))
    config = tmp_path / "c.toml"
    config.write_text('[routes]\nLegacyCRM = ["llm"]\nAudit = []\n"*" = ["regex"]\n')
    routes = load_settings(flags("--config", str(config)), {}).routes
    assert routes.for_source("Audit") == () and routes.for_source("Other") == ("regex",)
    assert parse_routes(routes.as_text()) == routes


def test_components_read_their_toml_tables_and_the_flat_names(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text(
        "[semantic]\nbatch_size = 8\ncache_size = 50\n"
        '[llm]\nprovider = "openai"\nmodel = "m"\nbase_url = "http://127.0.0.1:1/"\n'
        '[otlp]\nhttp_port = -1\nbody_keys = ["msg"]\n'
    )
    tables = load_settings(flags("--config", str(config)), {})
    flat = tmp_path / "flat.toml"
    flat.write_text(
        'batch_size = 8\ncache_size = 50\nllm_provider = "openai"\nllm_model = "m"\n'
        'llm_base_url = "http://127.0.0.1:1/"\notlp_http_port = -1\notlp_body_keys = ["msg"]\n'
    )
    assert load_settings(flags("--config", str(flat)), {}) == tables
    assert (tables.semantic.batch_size, tables.semantic.cache_size) == (8, 50)
    assert (tables.llm.provider, tables.llm.base_url) == ("openai", "http://127.0.0.1:1")
    assert not tables.otlp.http_on and tables.otlp.body_keys == ("msg",)
    # The environment still wins over the file, whichever way the file names the setting.
    assert (
        load_settings(flags("--config", str(config)), {"BATCH_SIZE": "4"}).semantic.batch_size == 4
    )


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        (
            "[llm]\nprovidr = 'none'\n",
            "unknown key 'providr' in \\[llm\\]; did you mean provider\\?",
        ),
        ("prot = 50051\n", "unknown key 'prot'; did you mean port\\?"),
        ("semantics = 1\n", "unknown key 'semantics'; did you mean semantic\\?"),
        ("llm_provider = 'none'\n[llm]\nprovider = 'none'\n", "llm_provider and llm.provider"),
        ("otlp = 1\n", "\\[otlp\\] must be a table"),
        ("[semantic]\nbatch_size = 0\n", "bad value 0 for semantic.batch_size"),
        ("port = 4318\n", "port and otlp_http_port are both 4318"),
        ("[semantic]\ncache_size = 0\ntemplate_snapshot = 's.bin'\n", "template_snapshot needs"),
    ],
)
def test_bad_component_settings_are_one_line_errors(
    tmp_path: Path, toml: str, message: str
) -> None:
    config = tmp_path / "c.toml"
    config.write_text(toml)
    with pytest.raises(ConfigError, match=message) as error:
        load_settings(flags("--config", str(config)), {})
    assert "\n" not in str(error.value)


def test_the_test_tooling_variables_do_not_stop_the_server() -> None:
    env = {"LOGCLASS_FLUENT_BIT": "/usr/bin/fluent-bit", "LOGCLASS_REQUIRE_FLUENT_BIT": "1"}
    assert load_settings(flags(), env) == load_settings(flags(), {})


@pytest.mark.parametrize(
    ("env", "message"),
    [
        (
            {"LOGCLASS_PROT": "1"},
            "unknown environment variable LOGCLASS_PROT; did you mean LOGCLASS_PORT",
        ),
        # The semantic tier's variables keep the seed's names, without the prefix.
        ({"LOGCLASS_MODEL_PATH": "m"}, "LOGCLASS_MODEL_PATH; did you mean MODEL_PATH"),
        ({"LOGCLASS_NOTHING_LIKE_IT": "1"}, "variable LOGCLASS_NOTHING_LIKE_IT$"),
        ({"LOGCLASS_PORT": "70000"}, "LOGCLASS_PORT: bad value '70000' for port"),
        ({"CONFIDENCE_THRESHOLD": "1.5"}, "bad value '1.5' for confidence_threshold"),
        ({"BATCH_SIZE": "many"}, "bad value 'many' for batch_size"),
        ({"LOG_LEVEL": "loud"}, "bad value 'loud' for log_level"),
        ({"LOGCLASS_ROUTES": "*=regex,magic"}, "unknown tier 'magic'"),
        ({"LOGCLASS_ROUTES": "regex"}, "expected SOURCE=tier,tier"),
        ({"LOGCLASS_RULES": "/no/such/rules.toml"}, "no such file"),
    ],
)
def test_bad_env_values_name_the_variable(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message.replace("*", r"\*")) as error:
        load_settings(flags(), env)
    assert "\n" not in str(error.value)


def test_unknown_toml_key_and_bad_toml(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text("prot = 1\n")
    with pytest.raises(ConfigError, match="unknown key 'prot'"):
        load_settings(flags("--config", str(config)), {})
    config.write_text("port = \n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_settings(flags("--config", str(config)), {})
    config.write_text("port = true\n")
    with pytest.raises(ConfigError, match="port: expected an integer, got True"):
        load_settings(flags("--config", str(config)), {})
    # A fraction is refused, never truncated (port 1.9 is not port 1).
    for line, name in (("port = 1.9", "port"), ("batch_size = 64.7", "batch_size")):
        config.write_text(line + "\n")
        with pytest.raises(ConfigError, match=f"bad value .* for {name}: expected a whole number"):
            load_settings(flags("--config", str(config)), {})
    config.write_text("batch_size = 64.0\n")
    assert load_settings(flags("--config", str(config)), {}).semantic.batch_size == 64


def test_every_option_has_a_flag_env_and_help() -> None:
    core = {o.field for o in OPTIONS if o.section is None}
    assert core | set(COMPONENTS) == set(Settings.__dataclass_fields__)
    for section, (config, options) in COMPONENTS.items():
        assert {o.key for o in options} == set(config.__dataclass_fields__), section
        assert all(o.section == section for o in options)
    assert len({o.env for o in OPTIONS}) == len(OPTIONS)
    assert all(o.help.endswith(".") or o.help.endswith(")") for o in OPTIONS)


def test_readme_documents_every_option() -> None:
    readme = (REPO / "README.md").read_text()
    for option in OPTIONS:
        assert f"`{option.env}`" in readme, option.env
        assert f"`{option.flag}`" in readme, option.flag


def test_readme_shows_the_range_of_every_bounded_number() -> None:
    rows = {
        line.split(" | ")[0][2:]: line.split(" | ")
        for line in (REPO / "README.md").read_text().splitlines()
        if line.startswith("| ") and " | `--" in line
    }
    for option in OPTIONS:
        expected = option.parse.range_text if isinstance(option.parse, TomlTyped) else ""
        assert rows[option.field][4] == expected, option.field


def test_the_server_refuses_to_start_on_a_bad_value_with_one_line() -> None:
    done = run_logclass("serve", env={"LOGCLASS_PORT": "-1"})
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "logclass: configuration error: environment variable LOGCLASS_PORT: "
        "bad value '-1' for port: must be between 0 and 65535"
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('port = "50052"', "port: expected an integer, got the string '50052' (no quotes"),
        ('grace_period = "5"', "grace_period: expected a number, got the string '5'"),
        ('[llm]\ntimeout_ms = "300"', "llm.timeout_ms: expected an integer, got the string"),
        ('escalate_unclassified = "yes"', "escalate_unclassified: expected true or false"),
        (
            '[routes]\nLegacyCRM = ["llm"]\nport = 50052',
            "port = 50052 is not a tier chain (a list of tier names); port is a top-level "
            "setting: put it above the first [table]",
        ),
        (
            '[llm]\nprovider = "none"\nport = 50052',
            "unknown key 'port' in [llm]; port is a top-level setting: put it above the first",
        ),
    ],
)
def test_toml_values_have_their_toml_types_and_keys_their_place(
    tmp_path: Path, text: str, message: str
) -> None:
    """TOML says what a value is: a quoted number is a mistake, while the environment and flags,
    which are text, take "50052"."""
    config = tmp_path / "c.toml"
    config.write_text(text + "\n")
    with pytest.raises(ConfigError) as caught:
        load_settings(flags("--config", str(config)), {})
    assert message in str(caught.value) and "\n" not in str(caught.value)
    assert load_settings(None, {"LOGCLASS_PORT": "50052"}).port == 50052


@pytest.mark.parametrize(
    "env",
    [{"MODEL_PATH": "/nonexistent"}, {"LOGCLASS_RULES": str(REPO / "README.md")}],
)
def test_every_configuration_error_exits_2(env: dict[str, str]) -> None:
    """A bad models folder or rules file is a configuration error like a bad value."""
    for command in (
        ("serve", "--port", "0", "--otlp-http-port", "-1", "--metrics-port", "-1"),
        ("classify", str(REPO / "README.md")),
    ):
        done = run_logclass(*command, env=env)
        assert done.returncode == 2, done.stderr
        assert "configuration error: " in done.stderr and "Traceback" not in done.stderr


def test_the_readme_toml_example_is_valid(tmp_path: Path) -> None:
    readme = (REPO / "README.md").read_text()
    example = readme.split("A TOML example", 1)[1].split("```toml\n", 1)[1].split("```", 1)[0]
    config = tmp_path / "example.toml"
    config.write_text(example)
    settings = load_settings(flags("--config", str(config)), {})
    assert (settings.port, settings.otlp.http_port, settings.semantic.batch_size) == (
        50052,
        4319,
        32,
    )
    # It runs beside a server on the defaults (`make run`): none of its ports is a default one.
    defaults = Settings()
    ports = {settings.port, settings.otlp.http_port, settings.metrics_port}
    assert not ports & {defaults.port, defaults.otlp.http_port, defaults.metrics_port}
    assert settings.llm.provider == "openai"
