"""The server's container recipe: Dockerfile, compose file and reverse proxy.

No Docker engine runs here (and `docker compose config` is not available),
so the files are checked structurally: the compose file against the Compose
Specification schema, the services, health checks, start order and networks
against what README.md promises, and every HWSERVER_* variable against the
server's real Settings. The image's content is checked by building the same
wheel the Dockerfile builds, from the same two inputs.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile
from dataclasses import fields
from pathlib import Path

import pytest
import yaml
from hwserver.settings import ENV_PREFIX, Settings

SERVERS = ("hwserver-1", "hwserver-2")
SETTING_VARS = {ENV_PREFIX + f.name.upper() for f in fields(Settings) if f.name != "extra"}


@pytest.fixture(scope="module")
def compose(root) -> dict:
    return yaml.safe_load((root / "server/compose.yaml").read_text("utf-8"))


@pytest.fixture(scope="module")
def dockerfile(root) -> str:
    return (root / "server/Dockerfile").read_text("utf-8")


def final_stage(dockerfile: str) -> str:
    return dockerfile[dockerfile.rindex("\nFROM ") :]


def test_compose_file_matches_the_compose_specification(root, find_tool):
    tool = find_tool("check-jsonschema")
    if tool is None:
        pytest.skip("check-jsonschema not installed (test extra)")
    result = subprocess.run(
        [tool, "--builtin-schema", "vendor.compose-spec", "server/compose.yaml"],
        cwd=root,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_postgres_and_two_servers_behind_one_proxy(compose):
    services = compose["services"]
    assert set(services) == {"db", *SERVERS, "proxy"}
    assert services["db"]["image"].startswith("postgres:")
    for name in SERVERS:
        env = services[name]["environment"]
        assert env["HWSERVER_DATABASE_URL"].startswith("postgresql://hwserver:")
        assert "@db:5432/hwserver" in env["HWSERVER_DATABASE_URL"]
    published = [name for name, svc in services.items() if svc.get("ports")]
    assert published == ["proxy"]


def test_every_service_has_a_health_check_and_starts_in_order(compose):
    services = compose["services"]
    for name, svc in services.items():
        assert svc.get("healthcheck", {}).get("test"), name
    for name in SERVERS:
        assert "/healthz" in " ".join(services[name]["healthcheck"]["test"])
        assert services[name]["depends_on"]["db"]["condition"] == "service_healthy"
    # The second instance waits for the first, so the two never migrate at once.
    assert services["hwserver-2"]["depends_on"]["hwserver-1"]["condition"] == "service_healthy"
    for name in SERVERS:
        assert services["proxy"]["depends_on"][name]["condition"] == "service_healthy"


def test_only_one_instance_runs_the_sweep(compose):
    env1 = compose["services"]["hwserver-1"]["environment"]
    env2 = compose["services"]["hwserver-2"]["environment"]
    assert "HWSERVER_SWEEP_INTERVAL" not in env1  # default: every minute
    assert float(env2["HWSERVER_SWEEP_INTERVAL"]) == 0


def test_database_and_servers_are_not_reachable_from_outside(compose):
    assert compose["networks"]["backend"]["internal"] is True
    assert compose["services"]["db"]["networks"] == ["backend"]
    assert "public" not in compose["services"]["hwserver-1"]["networks"]


def test_environment_variables_are_real_server_settings(compose, dockerfile, root):
    used = set()
    for name in SERVERS:
        used |= {k for k in compose["services"][name]["environment"] if k.startswith(ENV_PREFIX)}
    used |= set(re.findall(r"\b(HWSERVER_[A-Z_]+)=", final_stage(dockerfile)))
    unknown = used - SETTING_VARS
    assert not unknown, f"not settings of hwserver: {sorted(unknown)}"
    # The example .env only names settings or variables compose.yaml itself reads.
    compose_text = (root / "server/compose.yaml").read_text("utf-8")
    example = (root / "server/deploy/hwserver.env.example").read_text("utf-8")
    for var in re.findall(r"^(HWSERVER_[A-Z_]+)=", example, re.MULTILINE):
        assert "${" + var in compose_text, var


def test_image_runs_hwserver_serve_as_a_non_root_user_with_a_health_check(dockerfile):
    stage = final_stage(dockerfile)
    assert re.search(r"^FROM python:\$\{PYTHON_VERSION\}-slim", stage, re.MULTILINE)
    users = re.findall(r"^USER (\S+)", stage, re.MULTILINE)
    assert users
    assert users[-1] not in {"root", "0"}
    assert re.search(r"^HEALTHCHECK .*\n?.*/healthz", stage, re.MULTILINE)
    assert 'ENTRYPOINT ["hwserver"]' in stage
    assert 'CMD ["serve"]' in stage
    assert "HWSERVER_HOST=0.0.0.0" in stage


def test_proxy_balances_over_both_instances_with_health_checks(root, compose):
    caddyfile = (root / "server/deploy/Caddyfile").read_text("utf-8")
    upstreams = re.search(r"reverse_proxy ([^{]+)\{", caddyfile).group(1).split()
    assert upstreams == [f"{name}:8000" for name in SERVERS]
    assert "health_uri /healthz" in caddyfile
    mount = compose["services"]["proxy"]["volumes"][0]
    assert mount.startswith("./deploy/Caddyfile:/etc/caddy/Caddyfile")


def test_image_gets_every_file_the_server_reads(root, tmp_path):
    """Build the wheel from what the Dockerfile copies; no data file may be left behind."""
    context = tmp_path / "context"
    context.mkdir()
    shutil.copy(root / "server/pyproject.toml", context)
    shutil.copytree(
        root / "server/hwserver", context / "hwserver", ignore=shutil.ignore_patterns("__pycache__")
    )
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "-q",
            "--no-deps",
            "-w",
            str(tmp_path),
            str(context),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    wheel = next(tmp_path.glob("hwserver-*.whl"))
    packed = set(zipfile.ZipFile(wheel).namelist())
    source = context / "hwserver"
    needed = {
        f"hwserver/{p.relative_to(source).as_posix()}" for p in source.rglob("*") if p.is_file()
    }
    missing = sorted(needed - packed)
    assert not missing, f"server/pyproject.toml package-data misses {missing}"


def test_dockerignore_keeps_the_build_context_small(root):
    text = (root / "server/.dockerignore").read_text("utf-8")
    entries = [line for line in text.splitlines() if line and not line.startswith("#")]
    assert entries[0] == "*"  # ignore everything, then let in only what the image needs
    assert {"!pyproject.toml", "!hwserver/"} <= set(entries)
    copied = re.findall(r"^COPY (?!--from)(\S+)", (root / "server/Dockerfile").read_text(), re.M)
    assert {Path(c).name for c in copied} == {"pyproject.toml", "hwserver"}
