"""A throwaway Neo4j Community 5.26 server for development and CI (run via scripts/neo4j-server).

    scripts/neo4j-server start    fetch the jars if needed, start, print NEO4J_* lines for eval
    scripts/neo4j-server stop     stop the server started from this folder
    scripts/neo4j-server status   say whether it runs (exit 0) or not (exit 3)

There is no Docker here, so the server runs straight from the Maven Central jars: `mvn`
copies `org.neo4j:neo4j` and its dependencies into scripts/neo4j/lib/, and the real server
entry point runs on Java 17+ with the JVM flags Neo4j's own launcher passes. Bolt listens on
127.0.0.1 only, on a free port; HTTP is off. Auth is on, with a password made for each start:
before the first start it is set with neo4j-admin's `dbms set-initial-password` (the same
jars); on later starts of the same data it is rotated through the system database.

The instance folder is `.neo4j/` at the repository root (LGRAPH_NEO4J_HOME overrides it):
data/ and logs/ (Neo4j's own), console.log, server.pid, password, and env, which holds the
same lines that `start` prints while the server runs. Progress goes to stderr, so
`eval "$(scripts/neo4j-server start)"` sets up a shell.
"""

from __future__ import annotations

import fcntl
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
POM = REPO / "scripts" / "neo4j" / "pom.xml"
LIB = REPO / "scripts" / "neo4j" / "lib"
HOME = Path(os.environ.get("LGRAPH_NEO4J_HOME") or REPO / ".neo4j").resolve()
USER = "neo4j"
DATABASE = "neo4j"
ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
ADMIN_TOOL = "org.neo4j.cli.AdminTool"
START_TIMEOUT = float(os.environ.get("LGRAPH_NEO4J_START_TIMEOUT", "180"))
STOP_TIMEOUT = 90.0

# The flags `server.jvm.additional` sets in the stock 5.26 neo4j.conf, which the `neo4j`
# launcher passes to the JVM (AlwaysPreTouch left out: it commits the whole heap up front).
JVM_FLAGS = [
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+UnlockExperimentalVMOptions",
    "-XX:+TrustFinalNonStaticFields",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Djdk.tls.ephemeralDHKeySize=2048",
    "-Djdk.tls.rejectClientInitiatedRenegotiation=true",
    "-XX:FlightRecorderOptions=stackdepth=256",
    "-XX:+UnlockDiagnosticVMOptions",
    "-XX:+DebugNonSafepoints",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
    "-Dlog4j2.disable.jmx=true",
    "-Dlog4j.layout.jsonTemplate.maxStringLength=32768",
]


def say(message: str) -> None:
    print(f"neo4j-server: {message}", file=sys.stderr, flush=True)


def die(message: str, code: int = 1) -> None:
    say(message)
    raise SystemExit(code)


# -- jars ------------------------------------------------------------------------------


def pinned_version() -> str:
    """The Neo4j version the pom pins (NEO4J_VERSION overrides it)."""
    override = os.environ.get("NEO4J_VERSION")
    if override:
        return override
    match = re.search(r"<neo4j\.version>([^<]+)</neo4j\.version>", POM.read_text())
    if not match:
        die(f"{POM} does not set <neo4j.version>")
    return match.group(1).strip()


def fetch() -> Path:
    """Copy the server jars from Maven Central once, into lib/VERSION/; a half-done fetch
    (interrupted, or failed) is never used, and two runs starting at once fetch once."""
    version = pinned_version()
    jars = LIB / version
    if (jars / "COMPLETE").exists():
        return jars
    LIB.mkdir(parents=True, exist_ok=True)
    with open(LIB / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (jars / "COMPLETE").exists():
            _fetch(version, jars)
    return jars


def _fetch(version: str, jars: Path) -> None:
    mvn = shutil.which("mvn")
    if mvn is None:
        die("Maven (mvn) is not installed; it fetches the Neo4j jars from Maven Central")
    staging = LIB / f".partial-{version}"
    shutil.rmtree(staging, ignore_errors=True)
    say(f"fetching Neo4j Community {version} from Maven Central (about a minute)…")
    command = [
        mvn, "-B", "-q", "-f", str(POM), "dependency:copy-dependencies",
        f"-Dneo4j.version={version}", f"-DoutputDirectory={staging}",
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0 or not (staging / f"neo4j-{version}.jar").exists():
        sys.stderr.write(done.stdout + done.stderr)
        die(f"mvn could not fetch org.neo4j:neo4j:{version} (exit {done.returncode})")
    (staging / "COMPLETE").write_text(version + "\n")
    shutil.rmtree(jars, ignore_errors=True)
    staging.rename(jars)


def java_binary() -> str:
    home = os.environ.get("JAVA_HOME")
    java = str(Path(home) / "bin" / "java") if home else shutil.which("java")
    if not java or not Path(java).exists():
        die("Java 17 or newer is needed to run Neo4j 5.26 and none was found")
    out = subprocess.run([java, "-version"], capture_output=True, text=True, check=False)
    match = re.search(r'version "(\d+)', out.stderr + out.stdout)
    if not match or int(match.group(1)) < 17:
        die(f"{java} is not Java 17 or newer: {out.stderr.strip().splitlines()[:1]}")
    return java


# -- process bookkeeping ---------------------------------------------------------------


def running_pid() -> int | None:
    """The pid of the server started from HOME, if it still runs (and is still ours)."""
    pid_file = HOME / "server.pid"
    try:
        pid = int(pid_file.read_text().strip())
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except (OSError, ValueError):
        return None
    if ENTRY_POINT.encode() in cmdline and f"--home-dir={HOME}".encode() in cmdline:
        return pid
    return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def env_lines(uri: str, password: str) -> str:
    """KEY=VALUE lines, then an export line so that `eval` reaches child processes too.
    The password is URL-safe base64, so no value needs shell quoting."""
    return (
        f"NEO4J_URI={uri}\nNEO4J_USERNAME={USER}\nNEO4J_PASSWORD={password}\n"
        "export NEO4J_URI NEO4J_USERNAME NEO4J_PASSWORD\n"
    )


def write_private(path: Path, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(text)


def settings(port: int) -> list[str]:
    """Server settings, passed as `-c key=value` so no config file needs editing."""
    pagecache = os.environ.get("LGRAPH_NEO4J_PAGECACHE", "1g")
    return [
        "server.default_listen_address=127.0.0.1",
        f"server.bolt.listen_address=127.0.0.1:{port}",
        "server.bolt.enabled=true",
        "server.http.enabled=false",
        "server.https.enabled=false",
        "dbms.security.auth_enabled=true",
        "dbms.usage_report.enabled=false",
        f"server.memory.pagecache.size={pagecache}",
        "db.tx_log.preallocate=false",
        "db.tx_log.rotation.retention_policy=2 files",
        f"server.directories.data={HOME / 'data'}",
        f"server.directories.logs={HOME / 'logs'}",
        f"server.directories.run={HOME / 'run'}",
    ]


def connect(uri: str, password: str, timeout: float = 5.0):
    from neo4j import GraphDatabase

    return GraphDatabase.driver(uri, auth=(USER, password), connection_timeout=timeout)


def wait_for_bolt(uri: str, password: str, process: subprocess.Popen) -> None:
    """Poll until Bolt answers an authenticated request; fail early if the JVM died."""
    from neo4j.exceptions import AuthError, Neo4jError, ServiceUnavailable

    deadline = time.monotonic() + START_TIMEOUT
    while True:
        if process.poll() is not None:
            die(f"the server exited with {process.returncode} while starting; {log_tail()}")
        try:
            with connect(uri, password) as driver:
                driver.verify_connectivity()
            return
        except AuthError as exc:
            die(f"the server refused the password: {exc}")
        except (ServiceUnavailable, Neo4jError, OSError):
            if time.monotonic() > deadline:
                die(f"Bolt did not answer within {START_TIMEOUT:.0f} s; {log_tail()}")
            time.sleep(0.5)


def log_tail() -> str:
    parts = []
    for path in (HOME / "console.log", HOME / "logs" / "neo4j.log"):
        if path.exists():
            lines = path.read_text(errors="replace").splitlines()[-15:]
            parts.append(f"last lines of {path}:\n" + "\n".join(lines))
    return "\n".join(parts) or "no log was written"


# -- commands --------------------------------------------------------------------------


def start() -> int:
    pid = running_pid()
    env_file = HOME / "env"
    if pid is not None and env_file.exists():
        say(f"already running (pid {pid})")
        sys.stdout.write(env_file.read_text())
        return 0
    if pid is not None:
        die(f"a server runs from {HOME} (pid {pid}) but {env_file} is gone; stop it first")
    try:
        import neo4j  # noqa: F401  (the driver checks Bolt; fail before starting a JVM)
    except ImportError:
        die("the neo4j Python driver is missing; run `make install` first")

    java = java_binary()
    lib = fetch()
    HOME.mkdir(parents=True, exist_ok=True)
    (HOME / "conf").mkdir(exist_ok=True)
    (HOME / "conf" / "neo4j.conf").touch()  # settings come as -c flags
    password_file = HOME / "password"
    old_password = password_file.read_text().strip() if password_file.exists() else None
    has_data = (HOME / "data" / "databases" / "system").exists()
    password = "p" + secrets.token_urlsafe(18)  # never a leading '-', which reads as an option
    classpath = f"{lib}/*"
    env = {**os.environ, "NEO4J_HOME": str(HOME), "NEO4J_CONF": str(HOME / "conf")}

    if not has_data or old_password is None:
        # First start of this data (or its password is lost: the data is throwaway).
        shutil.rmtree(HOME / "data", ignore_errors=True)
        admin = [java, "-cp", classpath, ADMIN_TOOL, "dbms", "set-initial-password", password]
        done = subprocess.run(admin, env=env, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            die(f"neo4j-admin set-initial-password failed: {done.stdout}{done.stderr}")
        write_private(password_file, password + "\n")
        first_password = password
    else:
        first_password = old_password

    port = free_port()
    heap = os.environ.get("LGRAPH_NEO4J_HEAP", "2g")
    command = [java, f"-Xms{heap}", f"-Xmx{heap}", *JVM_FLAGS, "-cp", classpath, ENTRY_POINT]
    command += [f"--home-dir={HOME}", f"--config-dir={HOME / 'conf'}"]
    for setting in settings(port):
        command += ["-c", setting]
    with open(HOME / "console.log", "ab") as console:
        process = subprocess.Popen(
            command,
            cwd=HOME,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=console,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # not killed with the shell that started it
        )
    (HOME / "server.pid").write_text(f"{process.pid}\n")
    uri = f"bolt://127.0.0.1:{port}"
    say(f"starting Neo4j (pid {process.pid}) on {uri} …")
    wait_for_bolt(uri, first_password, process)
    if first_password != password:
        with connect(uri, first_password) as driver:
            driver.execute_query(
                "ALTER CURRENT USER SET PASSWORD FROM $old TO $new",
                old=first_password,
                new=password,
                database_="system",
            )
        write_private(password_file, password + "\n")
    lines = env_lines(uri, password)
    write_private(env_file, lines)
    say(f"ready; connection written to {env_file}")
    sys.stdout.write(lines)
    return 0


def stop() -> int:
    pid = running_pid()
    (HOME / "env").unlink(missing_ok=True)
    if pid is None:
        say("not running")
        (HOME / "server.pid").unlink(missing_ok=True)
        return 0
    say(f"stopping pid {pid} …")
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + STOP_TIMEOUT
    while running_pid() == pid and time.monotonic() < deadline:
        time.sleep(0.25)
    if running_pid() == pid:
        say(f"pid {pid} did not stop within {STOP_TIMEOUT:.0f} s; killing it")
        os.kill(pid, signal.SIGKILL)
        while running_pid() == pid:
            time.sleep(0.1)
    (HOME / "server.pid").unlink(missing_ok=True)
    say("stopped")
    return 0


def status() -> int:
    pid = running_pid()
    env_file = HOME / "env"
    if pid is None:
        print(f"stopped ({HOME})")
        return 3
    uri = "unknown address"
    if env_file.exists():
        uri = env_file.read_text().splitlines()[0].split("=", 1)[1]
    print(f"running: pid {pid}, {uri}, data in {HOME / 'data'}")
    return 0


def fetch_only() -> int:
    say(f"jars in {fetch()}")
    return 0


def main(argv: list[str]) -> int:
    commands = {"start": start, "stop": stop, "status": status, "fetch": fetch_only}
    if len(argv) != 1 or argv[0] not in commands:
        print("usage: scripts/neo4j-server start|stop|status|fetch", file=sys.stderr)
        return 2
    return commands[argv[0]]()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
