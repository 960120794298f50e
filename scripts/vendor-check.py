#!/usr/bin/env python3
"""Checks the crate's table of APIs against the vendor's metadata.

Reads the `tccli` package (pinned at 3.1.189.1, or the newest with
--latest) and the `tencentcloud-sdk-python` package (pinned at 3.1.189, the
release that tccli requires) from a cache, downloading them from PyPI with
pip when missing, and the crate's table from `cvm-password apis --json`.
Then:

1. Fingerprints: each parameter the crate cites exists in the metadata, and
   the fingerprint of its rule text is the one the crate cites.
2. Coverage: every OS-login password parameter of the metadata is either
   mapped (cited by an API) or listed as unmapped with a reason. A parameter
   counts when it is a string `Password` member of a `LoginSettings` or
   `LoginConfiguration` object, at any depth of a request, or a password
   parameter of a compute service's request that the crate lists; any other
   password-like string of a compute service's request must be in
   NOT_LOGIN_PASSWORDS below, with why.
3. Error codes: every API error code the crate can emit for an API is in
   the SDK's `tencentcloud/<service>/<version>/errorcodes.py` for that API's
   service and version, or among COMMON_CODES below.
4. Parameters and examples: the top-level request parameters the crate's
   JSON pre-flight knows for an API are exactly the input members its
   `api.json` documents; and every `examples.json` request of those APIs,
   every DescribeInstances, DescribeImages and DescribeRegions output of
   EXAMPLE_OUTPUTS, and tccli's own `--generate-cli-skeleton` of each of
   those APIs are read by the library and the CLI, none as an input error.
   That part is `cli/tests/vendor_examples.rs`, which this script runs with
   the cache's paths in its environment (see `run_example_tests`).

Exit status 0 when all agree, 1 naming each API and what changed. With
--latest it checks the newest tccli and SDK instead and prints a drift
report (which APIs changed, old and new fingerprints) for a maintainer; CI
does not run that mode. The fingerprint normalization is the crate's (see
`Source` in src/api/source.rs): HTML tags deleted, entities unescaped,
white space runs collapsed to one space, trimmed; SHA-256, lowercase hex.

With --selftest it shows that it notices a change: it changes one
character of one cited rule text in a copy of the pinned metadata, and
fails unless the check then names that API; likewise for an error code the
SDK drops and a parameter the metadata adds.

Usage: scripts/vendor-check.py [--latest | --selftest] [--cache DIR]
       [--apis FILE] [--metadata DIR]
"""

import argparse
import ast
import hashlib
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

PINNED = "3.1.189.1"

# The SDK release the pinned tccli was built against: its METADATA says
# `Requires-Dist: tencentcloud-sdk-python>=3.1.189`. This one wheel holds
# every service's errorcodes.py, so the codes of all APIs come from one
# release, the same day as the metadata.
SDK_PINNED = "3.1.189"

# The common error codes any API may answer, which no service's
# errorcodes.py needs to repeat: the "公共错误码" (common error codes)
# table at the top of every product's "错误码" page of the Tencent Cloud API
# 3.0 documentation (the same table for CVM, Lighthouse, AS and the rest).
# Only the codes a pre-flight can predict are listed, so that a code the
# crate invents cannot hide among them: the table has some 30 more
# (AuthFailure.*, RequestLimitExceeded, ...), about signatures, quotas and
# the service itself.
COMMON_CODES = {
    "InvalidParameter",       # 参数错误（包括参数格式、类型等错误）
    "InvalidParameterValue",  # 参数取值错误
    "MissingParameter",       # 缺少参数
    "UnknownParameter",       # 未知参数错误
    "UnsupportedRegion",      # 接口不支持所传地域
}

# The vendor's outputs that the readers take besides the request bodies:
# (tccli folder, version, action, which of the crate's readers). The
# request examples are those of every API `apis --json` gives parameters.
EXAMPLE_OUTPUTS = [
    ("cvm", "v20170312", "DescribeInstances", "instances"),
    ("lighthouse", "v20200324", "DescribeInstances", "instances"),
    ("cvm", "v20170312", "DescribeImages", "images"),
    ("region", "v20220627", "DescribeRegions", "regions"),
]

TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")

# Services whose requests set an instance's OS password: any password-like
# string of their requests is reviewed, mapped, unmapped, or listed here.
COMPUTE = {"cvm", "lighthouse", "hai", "ecm", "bm", "edgezone", "tsf", "tke",
           "batch", "emr", "thpc", "as", "bdrc", "dbdc"}

# Password-like request strings of compute services that are not an
# instance's OS login password, and why.
NOT_LOGIN_PASSWORDS = {
    ("cvm", "ModifyChcAttribute", "Password"): "the BMC password of a CHC host",
    ("bm", "RunUserCmd", "Password"): "authenticates with an existing password, sets none",
    ("bm", "SetOutBandVpnAuthPassword", "Password"): "the out-of-band VPN's password",
    ("edgezone", "CreatePublicNetworkInstance", "BgpPassword"): "a BGP session's password",
    ("emr", "ModifyUserManagerPwd", "PassWord"): "an account of the cluster's user manager",
    ("tke", "CreateClusterRelease", "Password"): "a Helm chart repository's password",
    ("tke", "UpgradeClusterRelease", "Password"): "a Helm chart repository's password",
}


def fingerprint(document):
    text = html.unescape(TAG.sub("", document))
    text = " ".join(text.split())
    return hashlib.sha256(text.encode()).hexdigest()


def wheel(cache, package, version):
    """The wheel of `package` at `version` ("latest": the newest), from the
    cache or downloaded from PyPI into it."""
    prefix = package.replace("-", "_") + "-"
    if version != "latest":
        for name in os.listdir(cache) if os.path.isdir(cache) else []:
            if name.startswith(f"{prefix}{version}-") and name.endswith(".whl"):
                return os.path.join(cache, name)
    # The newest goes to a folder of its own, emptied first: a file name's
    # order is not the versions' order (3.1.19 sorts after 3.1.189).
    target = os.path.join(cache, "latest") if version == "latest" else cache
    if version == "latest":
        shutil.rmtree(target, ignore_errors=True)
    os.makedirs(target, exist_ok=True)
    spec = package if version == "latest" else f"{package}=={version}"
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--quiet",
                    "--disable-pip-version-check", "-d", target, spec], check=True)
    return next(os.path.join(target, f) for f in sorted(os.listdir(target))
                if f.startswith(prefix) and f.endswith(".whl")
                and (version == "latest" or f.startswith(f"{prefix}{version}-")))


def wheel_version(path):
    return os.path.basename(path).split("-")[1]


def metadata_root(cache, path):
    """The tccli wheel at `path`, unzipped into the cache once."""
    root = os.path.join(cache, f"tccli-{wheel_version(path)}")
    if not os.path.isdir(os.path.join(root, "tccli", "services")):
        with zipfile.ZipFile(path) as z:
            z.extractall(root)
    return root


def sdk_codes(path):
    """Every service's error codes in the SDK wheel at `path`: {(folder,
    version): set of codes}, and the SDK's version."""
    codes = {}
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            parts = name.split("/")
            if len(parts) == 4 and parts[0] == "tencentcloud" and parts[3] == "errorcodes.py":
                codes[(parts[1], parts[2])] = read_codes(z.read(name).decode("utf-8"))
    return codes, wheel_version(path)


def read_codes(source):
    """The string constants of an errorcodes.py, read as data: the module is
    parsed, never run."""
    return {node.value.value for node in ast.parse(source).body
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)}


def walk(root):
    """Every password-like string of every request: (service, action, path,
    file, fingerprint, is_login_settings)."""
    services = os.path.join(root, "tccli", "services")
    found = []
    for folder in sorted(os.listdir(services)):
        if not os.path.isdir(os.path.join(services, folder)):
            continue
        for version in sorted(os.listdir(os.path.join(services, folder))):
            path = os.path.join(services, folder, version, "api.json")
            if not os.path.isfile(path):
                continue
            with open(path, encoding="utf-8") as f:
                api = json.load(f)
            service = api.get("metadata", {}).get("serviceShortName", folder)
            file = f"tccli/services/{folder}/{version}/api.json"
            objects = api.get("objects", {})

            def members(name, prefix, parents, depth, action):
                # `parents` ends with `name`: the object types of the path.
                if depth > 6:
                    return
                for m in objects.get(name, {}).get("members", []):
                    mpath = f"{prefix}{m['name']}"
                    kind = m.get("type")
                    if kind == "string" and re.search(r"passw|passwd|pwd", m["name"], re.I):
                        login = m["name"] == "Password" and (
                            parents[-1] in ("LoginSettings", "LoginConfiguration")
                            or prefix.endswith(("LoginSettings.", "LoginConfiguration.")))
                        found.append((service, action, mpath, file,
                                      fingerprint(m.get("document", "")), bool(login)))
                    target = m.get("member")
                    # An object type already on the path is not entered again.
                    if kind in ("object", "list") and target in objects and target not in parents:
                        members(target, mpath + ".", parents + [target], depth + 1, action)

            for action, spec in sorted(api.get("actions", {}).items()):
                members(spec["input"], "", [spec["input"]], 1, action)
    return found


def tccli_file(api):
    """The `tccli/services/<folder>/<version>/api.json` an API's sources
    cite, as (folder, version, action), or None for a page-only API."""
    for source in api["sources"]:
        parts = (source["file"] or "").split("/")
        if len(parts) == 5 and parts[:2] == ["tccli", "services"] and parts[4] == "api.json":
            return parts[2], parts[3], api["name"].split(":", 1)[1]
    return None


def check_fingerprints(table, root):
    """Checks 1 and 2: problems, drift rows, and the counts for the summary."""
    cited = {}
    for api in table["apis"]:
        for source in api["sources"]:
            if source["fingerprint"]:
                cited[(source["file"], source["parameter"])] = (api["name"], source["fingerprint"])
    unmapped = {(u["file"], u["parameter"]): (u["name"], u["fingerprint"], u["reason"])
                for u in table["unmapped"]}

    problems, drift = [], []
    seen = set()
    for service, action, path, file, print_, login in walk(root):
        key = (file, f"{action} {path}")
        if key in cited or key in unmapped:
            seen.add(key)
            name, expected = cited[key] if key in cited else unmapped[key][:2]
            if print_ != expected:
                problems.append(f"{name}: the rule text of {key[1]} ({file}) changed")
                drift.append((name, key[1], expected, print_))
        elif login:
            problems.append(f"{service}:{action}: {path} ({file}) is an OS-login password "
                            "the crate neither maps nor lists as unmapped")
        elif service in COMPUTE and path.count(".") == 0 \
                and (service, action, path) not in NOT_LOGIN_PASSWORDS:
            problems.append(f"{service}:{action}: {path} ({file}) is a password of a compute "
                            "service that nobody has reviewed")
    for key in sorted(set(cited) | set(unmapped)):
        if key not in seen:
            name = cited.get(key, unmapped.get(key))[0]
            problems.append(f"{name}: {key[1]} ({key[0]}) is no longer in the metadata")
    mapped = len([k for k in seen if k in cited])
    listed = len([k for k in seen if k in unmapped])
    return problems, drift, (mapped, listed)


def check_error_codes(table, codes, sdk_version):
    """Check 3: problems, and how many (API, code) pairs were checked."""
    problems, checked = [], 0
    for api in table["apis"]:
        if "error_codes" not in api:
            problems.append(f"{api['name']}: `apis --json` gives no error_codes")
            continue
        where = tccli_file(api)
        if where is None:
            problems.append(f"{api['name']}: no tccli file cited, so no service to take codes from")
            continue
        folder, version, _ = where
        known = codes.get((folder, version))
        file = f"tencentcloud/{folder}/{version}/errorcodes.py"
        if known is None:
            problems.append(f"{api['name']}: tencentcloud-sdk-python {sdk_version} has no {file}")
            continue
        for code in api["error_codes"]:
            checked += 1
            if code not in known and code not in COMMON_CODES:
                problems.append(f"{api['name']}: the error code {code} is neither in {file} "
                                f"(tencentcloud-sdk-python {sdk_version}) nor a common code")
    return problems, checked


def load_api(root, folder, version):
    with open(os.path.join(root, "tccli", "services", folder, version, "api.json"),
              encoding="utf-8") as f:
        return json.load(f)


def check_parameters(table, load):
    """Check 4's first half: the crate's top-level parameters of each API
    with a JSON pre-flight against its input members. `load(folder,
    version)` gives an api.json. Problems, and the APIs compared."""
    problems, compared = [], []
    for api in table["apis"]:
        if "parameters" not in api:
            problems.append(f"{api['name']}: `apis --json` gives no parameters")
            continue
        if api["parameters"] is None:
            continue
        where = tccli_file(api)
        if where is None:
            problems.append(f"{api['name']}: has parameters but cites no tccli file")
            continue
        folder, version, action = where
        spec = load(folder, version)
        file = f"tccli/services/{folder}/{version}/api.json"
        if action not in spec.get("actions", {}):
            problems.append(f"{api['name']}: {action} is no longer in {file}")
            continue
        members = {m["name"] for m in spec["objects"][spec["actions"][action]["input"]]["members"]}
        crate = set(api["parameters"])
        compared.append(api["name"])
        if crate != members:
            missing = ", ".join(sorted(members - crate)) or "none"
            extra = ", ".join(sorted(crate - members)) or "none"
            problems.append(f"{api['name']}: the parameters differ from {file}: "
                            f"documented but unknown to the crate: {missing}; "
                            f"known to the crate but not documented: {extra}")
    return problems, compared


def venv_tccli(cache, tccli_wheel, sdk_wheel):
    """A virtual environment with that tccli and SDK installed (the rest of
    tccli's dependencies from PyPI): the way to run tccli itself. One per
    tccli version: the skeletons come from tccli's own api.json, whatever
    SDK sits beside it."""
    venv = os.path.join(cache, f"venv-tccli-{wheel_version(tccli_wheel)}")
    done = os.path.join(venv, "installed")
    if not os.path.isfile(done):
        shutil.rmtree(venv, ignore_errors=True)
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
        subprocess.run([os.path.join(venv, "bin", "python"), "-m", "pip", "install", "--quiet",
                        "--disable-pip-version-check", tccli_wheel, sdk_wheel], check=True)
        with open(done, "w", encoding="utf-8") as f:
            f.write(f"{tccli_wheel}\n{sdk_wheel}\n")
    return os.path.join(venv, "bin", "tccli")


def skeletons(cache, tccli, version, table):
    """tccli's `--generate-cli-skeleton` of every API with a JSON
    pre-flight, written as <service>-<Action>.json in a folder of the cache;
    the folder and how many."""
    folder = os.path.join(cache, f"skeletons-{version}")
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    count = 0
    for api in table["apis"]:
        where = tccli_file(api)
        if api.get("parameters") is None or where is None:
            continue
        service, action = api["name"].split(":", 1)
        # tccli names a service by its folder (`autoscaling`, where the
        # crate says `as`), and takes the version the crate cites rather
        # than its own default.
        v = where[1]
        out = subprocess.run([tccli, where[0], action, "--version", f"{v[1:5]}-{v[5:7]}-{v[7:9]}",
                              "--generate-cli-skeleton"],
                             check=True, capture_output=True, text=True).stdout
        json.loads(out)  # tccli printed JSON, or this run is wrong
        with open(os.path.join(folder, f"{service}-{action}.json"), "w", encoding="utf-8") as f:
            f.write(out)
        count += 1
    return folder, count


def example_counts(root, table):
    """How many request examples and outputs the tests must read."""
    requests = 0
    for api in table["apis"]:
        where = tccli_file(api)
        if api.get("parameters") is None or where is None:
            continue
        requests += len(load_examples(root, where[0], where[1]).get(where[2], []))
    outputs = sum(len(load_examples(root, folder, version).get(action, []))
                  for folder, version, action, _ in EXAMPLE_OUTPUTS)
    return requests, outputs


def load_examples(root, folder, version):
    with open(os.path.join(root, "tccli", "services", folder, version, "examples.json"),
              encoding="utf-8") as f:
        return json.load(f)["actions"]


def run_example_tests(cache, root, table, tccli_wheel, sdk_wheel):
    """Check 4's second half: cli/tests/vendor_examples.rs, told where the
    vendor's files are and how many it must read. The test skips when the
    variables are unset (an ordinary `cargo test`), so this is where it
    runs for sure."""
    tccli = venv_tccli(cache, tccli_wheel, sdk_wheel)
    folder, count = skeletons(cache, tccli, wheel_version(tccli_wheel), table)
    requests, outputs = example_counts(root, table)
    print(f"vendor-check: examples: {requests} requests, {outputs} outputs, "
          f"{count} tccli skeletons, for cli/tests/vendor_examples.rs")
    env = dict(os.environ,
               CVM_PASSWORD_VENDOR_TCCLI=os.path.abspath(root),
               CVM_PASSWORD_VENDOR_SKELETONS=os.path.abspath(folder),
               CVM_PASSWORD_VENDOR_EXPECTED=f"requests={requests},outputs={outputs},skeletons={count}")
    run = subprocess.run(["cargo", "test", "-q", "-p", "cvm-password-cli", "--test",
                          "vendor_examples", "--", "--nocapture"], env=env)
    if run.returncode != 0:
        return ["examples: cli/tests/vendor_examples.rs failed (its output above names the "
                "API and the example)"]
    return []


def selftest(cache, apis):
    """Changes one character of cvm:ResetInstancesPassword's rule text in a
    copy of the pinned metadata, and expects the check to name it; then
    drops an error code of that API from the SDK's codes and adds a member
    to its input, and expects checks 3 and 4 to name it."""
    root = metadata_root(cache, wheel(cache, "tccli", PINNED))
    # Absolute: the links below are resolved from the copy's folder.
    services = os.path.abspath(os.path.join(root, "tccli", "services"))
    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, "tccli", "services")
        os.makedirs(copy)
        for folder in os.listdir(services):
            if folder != "cvm":
                os.symlink(os.path.join(services, folder), os.path.join(copy, folder))
        shutil.copytree(os.path.join(services, "cvm"), os.path.join(copy, "cvm"))
        path = os.path.join(copy, "cvm", "v20170312", "api.json")
        with open(path, encoding="utf-8") as f:
            api = json.load(f)
        action = api["actions"]["ResetInstancesPassword"]["input"]
        member = next(m for m in api["objects"][action]["members"] if m["name"] == "Password")
        member["document"] = member["document"].replace("30", "31", 1)
        with open(path, "w", encoding="utf-8") as f:
            json.dump(api, f, ensure_ascii=False)
        run = subprocess.run([sys.executable, __file__, "--metadata", tmp, "--apis", apis,
                              "--no-examples"], capture_output=True, text=True)
    expected = "vendor-check: cvm:ResetInstancesPassword: the rule text of ResetInstancesPassword Password"
    if run.returncode != 1 or expected not in run.stderr:
        print(f"vendor-check: selftest: a changed rule text went unnoticed:\n{run.stderr}", file=sys.stderr)
        return 1
    print("vendor-check: selftest: a one-character change of a cited rule text fails the check")

    with open(apis, encoding="utf-8") as f:
        table = json.load(f)
    name = "cvm:ResetInstancesPassword"
    api = next(a for a in table["apis"] if a["name"] == name)
    codes, version = sdk_codes(wheel(cache, "tencentcloud-sdk-python", SDK_PINNED))
    own = [c for c in api.get("error_codes", []) if c not in COMMON_CODES]
    if not own:
        print(f"vendor-check: selftest: {name} emits no code of its service's own", file=sys.stderr)
        return 1
    dropped = {k: v - {own[0]} for k, v in codes.items()}
    problems, _ = check_error_codes({"apis": [api]}, dropped, version)
    if not any(p.startswith(f"{name}: the error code {own[0]} ") for p in problems):
        print(f"vendor-check: selftest: a code the SDK dropped went unnoticed: {problems}", file=sys.stderr)
        return 1
    print(f"vendor-check: selftest: a code the SDK no longer lists ({own[0]}) fails the check")

    def with_new_member(folder, version):
        spec = load_api(root, folder, version)
        spec["objects"]["ResetInstancesPasswordRequest"]["members"].append(
            {"name": "NewParameter", "type": "string", "member": "string", "document": ""})
        return spec
    problems, _ = check_parameters({"apis": [api]}, with_new_member)
    if not any(p.startswith(f"{name}: the parameters differ") and "NewParameter" in p
               for p in problems):
        print(f"vendor-check: selftest: a new parameter went unnoticed: {problems}", file=sys.stderr)
        return 1
    print("vendor-check: selftest: a parameter the metadata adds fails the check")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--latest", action="store_true", help="check the newest tccli, report drift")
    parser.add_argument("--cache", default=os.path.join("target", "vendor-cache"))
    parser.add_argument("--apis", help="the crate's `apis --json` (default: run the CLI)")
    parser.add_argument("--metadata", help="an unzipped tccli package to read instead")
    parser.add_argument("--no-examples", action="store_true",
                        help="skip the example tests (the self-test's own runs)")
    parser.add_argument("--selftest", action="store_true", help="show that a change is noticed")
    args = parser.parse_args()

    if args.apis:
        with open(args.apis, encoding="utf-8") as f:
            table = json.load(f)
    else:
        out = subprocess.run(["cargo", "run", "-q", "-p", "cvm-password-cli", "--", "apis", "--json"],
                             check=True, capture_output=True, text=True).stdout
        table = json.loads(out)
    if args.selftest:
        apis = os.path.join(args.cache, "apis.json")
        os.makedirs(args.cache, exist_ok=True)
        with open(apis, "w", encoding="utf-8") as f:
            json.dump(table, f)
        return selftest(args.cache, apis)
    tccli_wheel = wheel(args.cache, "tccli", "latest" if args.latest else PINNED)
    sdk_wheel = wheel(args.cache, "tencentcloud-sdk-python", "latest" if args.latest else SDK_PINNED)
    root = args.metadata or metadata_root(args.cache, tccli_wheel)
    tccli_version = "given" if args.metadata else wheel_version(tccli_wheel)

    problems, drift, (mapped, listed) = check_fingerprints(table, root)
    print(f"vendor-check: tccli {tccli_version}: "
          f"{mapped + listed} OS-login password parameters, {mapped} mapped "
          f"({len(table['apis'])} APIs), {listed} unmapped")
    for u in table["unmapped"]:
        print(f"  unmapped {u['name']} {u['parameter']}: {u['reason']}")

    codes, sdk_version = sdk_codes(sdk_wheel)
    found, checked = check_error_codes(table, codes, sdk_version)
    problems += found
    print(f"vendor-check: tencentcloud-sdk-python {sdk_version}: {checked} error codes of "
          f"{len(table['apis'])} APIs checked against their service's codes and "
          f"{len(COMMON_CODES)} common ones")

    found, compared = check_parameters(table, lambda f, v: load_api(root, f, v))
    problems += found
    print(f"vendor-check: parameters of {len(compared)} APIs compared with their input members")

    if not args.no_examples and not args.metadata:
        problems += run_example_tests(args.cache, root, table, tccli_wheel, sdk_wheel)

    if args.latest and drift:
        print("drift report:")
        for name, parameter, old, new in drift:
            print(f"  {name} {parameter}\n    pinned {old}\n    latest {new}")
    for problem in problems:
        print(f"vendor-check: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
