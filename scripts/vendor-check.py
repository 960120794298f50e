#!/usr/bin/env python3
"""Checks the crate's table of APIs against the vendor's metadata.

Reads the `tccli` package (pinned at 3.1.189.1, or the newest with
--latest) from a cache, downloading it from PyPI with pip when missing, and
the crate's table from `cvm-password apis --json`. Then:

1. Fingerprints: each parameter the crate cites exists in the metadata, and
   the fingerprint of its rule text is the one the crate cites.
2. Coverage: every OS-login password parameter of the metadata is either
   mapped (cited by an API) or listed as unmapped with a reason. A parameter
   counts when it is a string `Password` member of a `LoginSettings` or
   `LoginConfiguration` object, at any depth of a request, or a password
   parameter of a compute service's request that the crate lists; any other
   password-like string of a compute service's request must be in
   NOT_LOGIN_PASSWORDS below, with why.

Exit status 0 when all agree, 1 naming each API and what changed. With
--latest it checks the newest tccli instead and prints a drift report
(which APIs changed, old and new fingerprints) for a maintainer; CI does not
run that mode. The fingerprint normalization is the crate's (see
`Source` in src/api/source.rs): HTML tags deleted, entities unescaped,
white space runs collapsed to one space, trimmed; SHA-256, lowercase hex.

With --selftest it shows that it notices a change: it changes one
character of one cited rule text in a copy of the pinned metadata, and
fails unless the check then names that API.

Usage: scripts/vendor-check.py [--latest | --selftest] [--cache DIR]
       [--apis FILE] [--metadata DIR]
"""

import argparse
import hashlib
import html
import json
import os
import re
import subprocess
import sys
import zipfile

PINNED = "3.1.189.1"

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


def metadata_root(cache, version):
    """The unzipped tccli package of `version`, downloaded when missing."""
    root = os.path.join(cache, f"tccli-{version}")
    if os.path.isdir(os.path.join(root, "tccli", "services")):
        return root
    os.makedirs(cache, exist_ok=True)
    spec = "tccli" if version == "latest" else f"tccli=={version}"
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--quiet",
                    "--disable-pip-version-check", "-d", cache, spec], check=True)
    wheels = sorted(f for f in os.listdir(cache) if f.startswith("tccli-") and f.endswith(".whl"))
    wheel = wheels[-1] if version == "latest" else next(
        f for f in wheels if f.startswith(f"tccli-{version}-"))
    with zipfile.ZipFile(os.path.join(cache, wheel)) as z:
        z.extractall(root)
    return root


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


def selftest(cache, apis):
    """Changes one character of cvm:ResetInstancesPassword's rule text in a
    copy of the pinned metadata, and expects the check to name it."""
    import shutil
    import tempfile

    root = metadata_root(cache, PINNED)
    services = os.path.join(root, "tccli", "services")
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
        run = subprocess.run([sys.executable, __file__, "--metadata", tmp, "--apis", apis],
                             capture_output=True, text=True)
    expected = "vendor-check: cvm:ResetInstancesPassword: the rule text of ResetInstancesPassword Password"
    if run.returncode != 1 or expected not in run.stderr:
        print(f"vendor-check: selftest: a changed rule text went unnoticed:\n{run.stderr}", file=sys.stderr)
        return 1
    print("vendor-check: selftest: a one-character change of a cited rule text fails the check")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--latest", action="store_true", help="check the newest tccli, report drift")
    parser.add_argument("--cache", default=os.path.join("target", "vendor-cache"))
    parser.add_argument("--apis", help="the crate's `apis --json` (default: run the CLI)")
    parser.add_argument("--metadata", help="an unzipped tccli package to read instead")
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
    root = args.metadata or metadata_root(args.cache, "latest" if args.latest else PINNED)

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
    print(f"vendor-check: tccli {'latest' if args.latest else PINNED}: "
          f"{mapped + listed} OS-login password parameters, {mapped} mapped "
          f"({len(table['apis'])} APIs), {listed} unmapped")
    for u in table["unmapped"]:
        print(f"  unmapped {u['name']} {u['parameter']}: {u['reason']}")
    if args.latest and drift:
        print("drift report:")
        for name, parameter, old, new in drift:
            print(f"  {name} {parameter}\n    pinned {old}\n    latest {new}")
    for problem in problems:
        print(f"vendor-check: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
