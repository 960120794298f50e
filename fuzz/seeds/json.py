#!/usr/bin/env python3
"""Writes the `json` target's committed fuzz material: its seeds
(seeds/json/) and its dictionary (dict/json.dict).

Run from anywhere: python3 fuzz/seeds/json.py [TCCLI]. It rewrites its own
files and leaves the others (regression-* inputs) alone.

A seed is two bytes, then JSON (fuzz_targets/json.rs): the first picks what
the JSON is, an API's request body (APIS, sorted by name as the target
sorts `JsonPreflight::apis()`) or an output (instances, images, regions);
the second the options: OS (bits 0-1: none, Linux, Ubuntu, Windows), the
strict reading (bit 2), a region beside the body (bit 3), and for an
output the API whose fixed body it goes with (bits 4-7). Should the list of
APIs change, these still seed the fuzzer, only as other inputs.

The bodies and outputs are written here, in the vendor's shapes, with
values of our own: nothing is copied from the vendor's examples. The
dictionary is the vendor's keys: the members, at any depth, of the input of
every API below and of the DescribeInstances, DescribeImages and
DescribeRegions outputs, read from the unpacked tccli that
scripts/vendor-check.py leaves in target/vendor-cache (or TCCLI); without
it, the committed dictionary's keys are kept.
"""

import sys

# This file's folder holds seeds/json/, which would shadow the standard
# library's json module.
del sys.path[0]

import json  # noqa: E402
import pathlib  # noqa: E402

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent

APIS = [
    "as:CreateLaunchConfiguration",
    "cvm:CreateLaunchTemplate",
    "cvm:ResetInstance",
    "cvm:ResetInstancesPassword",
    "cvm:RunInstances",
    "lighthouse:CreateInstances",
    "lighthouse:ResetInstance",
]
INSTANCES, IMAGES, REGIONS = len(APIS), len(APIS) + 1, len(APIS) + 2

# The tccli folder, version and action of each API, and of the outputs.
FILES = {
    "as": ("autoscaling", "v20180419"),
    "cvm": ("cvm", "v20170312"),
    "lighthouse": ("lighthouse", "v20200324"),
}
OUTPUTS = [
    ("cvm", "v20170312", "DescribeInstances"),
    ("lighthouse", "v20200324", "DescribeInstances"),
    ("cvm", "v20170312", "DescribeImages"),
    ("region", "v20220627", "DescribeRegions"),
]

LINUX, UBUNTU, WINDOWS, STRICT, REGION = 1, 2, 3, 4, 8


def api(name):
    return APIS.index(name)


def seed(kind, options, value):
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return bytes([kind, options]) + text.encode()


def seeds():
    login = {"Password": "Seed-pass1!x"}
    out = {
        "reset-password": seed(api("cvm:ResetInstancesPassword"), LINUX, {
            "InstanceIds": ["ins-seed0001", "ins-seed0002"], "Password": "Seed-pass1!x",
            "UserName": "root", "ForceStop": True}),
        "reset-password-region": seed(api("cvm:ResetInstancesPassword"), 0, {
            "InstanceIds": ["ins-seed0001"], "Password": "sh0rt", "Region": "ap-guiyang"}),
        "reset-password-bad": seed(api("cvm:ResetInstancesPassword"), WINDOWS | STRICT, {
            "InstanceIds": ["INS-1", "ins-seed0001", "ins-seed0001"], "Password": "/Administrator1",
            "UserName": "Administrator"}),
        "run-instances": seed(api("cvm:RunInstances"), 0, {
            "Placement": {"Zone": "ap-guangzhou-3"}, "ImageId": "img-seed0001",
            "InstanceType": "S5.MEDIUM2", "InstanceCount": 1, "InstanceName": "seed",
            "SystemDisk": {"DiskType": "CLOUD_PREMIUM", "DiskSize": 50},
            "LoginSettings": login}),
        "run-instances-keys": seed(api("cvm:RunInstances"), UBUNTU | REGION, {
            "ImageId": "img-seed0001",
            "LoginSettings": {"KeyIds": ["skey-seed0001"], "KeepImageLogin": "FALSE"}}),
        "reset-instance": seed(api("cvm:ResetInstance"), WINDOWS, {
            "InstanceId": "ins-seed0001", "ImageId": "img-seed0001",
            "LoginSettings": {"Password": "Seed-pass1!"}, "HostName": "seed"}),
        "launch-template": seed(api("cvm:CreateLaunchTemplate"), 0, {
            "LaunchTemplateName": "seed", "Placement": {"Zone": "ap-guangzhou-3"},
            "ImageId": "img-seed0001", "LoginSettings": {"Password": "Seed pass"}}),
        "launch-configuration": seed(api("as:CreateLaunchConfiguration"), LINUX, {
            "LaunchConfigurationName": "seed", "ImageId": "img-seed0001",
            "InstanceTypes": ["S5.SMALL1"], "LoginSettings": login}),
        "launch-configuration-keep": seed(api("as:CreateLaunchConfiguration"), 0, {
            "ImageId": "img-seed0001", "LoginSettings": {"KeepImageLogin": True}}),
        "lighthouse-create": seed(api("lighthouse:CreateInstances"), 0, {
            "BundleId": "bundle_seed", "BlueprintId": "lhbp-seed0001",
            "InstanceChargePrepaid": {"Period": 1, "RenewFlag": "NOTIFY_AND_MANUAL_RENEW"},
            "LoginConfiguration": {"AutoGeneratePassword": "NO", "Password": "Seed-pass1!x"}}),
        "lighthouse-reset": seed(api("lighthouse:ResetInstance"), LINUX, {
            "InstanceId": "lhins-seed0001", "BlueprintId": "lhbp-seed0001",
            "LoginConfiguration": {"Password": "Seed-pass1!x", "KeyIds": ["lhkp-seed0001"]}}),
        "unknown-key": seed(api("cvm:RunInstances"), 0, {"LoginSetings": login}),
        "wrong-type": seed(api("cvm:ResetInstancesPassword"), 0, '{"Password": 12345678}'),
        "malformed": seed(api("cvm:ResetInstancesPassword"), 0, '{"Password": "Seed-pass1!x",'),
        "repeated-key": seed(api("cvm:ResetInstancesPassword"), 0,
                             '{"Password": "a", "Password": "Seed-pass1!x"}'),
        "repeated-login-password": seed(api("cvm:RunInstances"), LINUX,
                                        '{"LoginSettings": {"Password": "a", "Password": "Seed-pass1!x"}}'),
        "repeated-login-object": seed(api("lighthouse:CreateInstances"), 0,
                                      '{"LoginConfiguration": {"AutoGeneratePassword": "NO"}, '
                                      '"LoginConfiguration": {"Password": "Seed-pass1!x"}}'),
        "repeated-nested": seed(api("as:CreateLaunchConfiguration"), WINDOWS,
                                '{"DataDisks": [{"DiskSize": 50}, {"DiskSize": 50, "DiskSize": 60}], '
                                '"LoginSettings": {"Password": "Seed-pass1!x"}}'),
        "repeated-instance": seed(INSTANCES, api("cvm:ResetInstancesPassword") << 4,
                                  '[{"InstanceId": "ins-seed0001", "OsName": "Windows", '
                                  '"OsName": "Ubuntu"}]'),
        "byte-order-mark": seed(api("cvm:ResetInstance"), 0,
                                '\ufeff{"InstanceId": "ins-seed0001", "LoginSettings": {"Password": "Seed-pass1!x"}}'),
        "escapes": seed(api("cvm:ResetInstancesPassword"), 0,
                        '{"Password": "S\\u0065ed-pass1!\\ud83d\\ude00", "InstanceIds": []}'),
        "instances": seed(INSTANCES, api("cvm:ResetInstancesPassword") << 4, {"Response": {
            "TotalCount": 2, "RequestId": "seed", "InstanceSet": [
                {"InstanceId": "ins-seed0001", "OsName": "TencentOS Server 3.1",
                 "InstanceState": "RUNNING", "RestrictState": "PROTECTIVELY_ISOLATED",
                 "IsolatedSource": "NOTIFY_AND_ISOLATE", "DefaultLoginUser": "root"},
                {"InstanceId": "ins-seed0002", "OsName": "Windows Server 2022",
                 "InstanceState": "STOPPED", "RestrictState": "NORMAL",
                 "DefaultLoginUser": "Administrator"}]}}),
        "instances-bare": seed(INSTANCES, api("cvm:ResetInstance") << 4, [
            {"InstanceId": "ins-seed0001", "OsName": "Ubuntu Server 22.04",
             "InstanceState": "STOPPED"}]),
        "instances-lighthouse": seed(INSTANCES, api("lighthouse:ResetInstance") << 4, {
            "InstanceSet": [{"InstanceId": "lhins-seed0001", "OsName": "CentOS 7.9",
                             "Platform": "CENTOS", "PlatformType": "LINUX_UNIX",
                             "InstanceState": "RUNNING", "InstanceRestrictState": "NORMAL"}]}),
        "instances-error": seed(INSTANCES, 0, {"Response": {
            "Error": {"Code": "AuthFailure", "Message": "seed"}, "RequestId": "seed"}}),
        "images": seed(IMAGES, api("cvm:RunInstances") << 4, {"Response": {
            "TotalCount": 1, "RequestId": "seed", "ImageSet": [
                {"ImageId": "img-seed0001", "OsName": "Windows Server 2022",
                 "Platform": "Windows", "ImageType": "PUBLIC_IMAGE", "ImageState": "NORMAL"}]}}),
        "images-linux": seed(IMAGES, api("as:CreateLaunchConfiguration") << 4, {
            "ImageSet": [{"ImageId": "img-seed0001", "OsName": "Ubuntu Server 22.04",
                          "Platform": "Ubuntu"}]}),
        "regions": seed(REGIONS, api("cvm:ResetInstancesPassword") << 4 | REGION, {"Response": {
            "TotalCount": 2, "RequestId": "seed", "RegionSet": [
                {"Region": "ap-guiyang", "RegionName": "seed", "RegionState": "AVAILABLE"},
                {"Region": "ap-guangzhou", "RegionState": "UNAVAILABLE"}]}}),
    }
    return out


def members(spec, name, seen, keys):
    for m in spec["objects"].get(name, {}).get("members", []):
        keys.add(m["name"])
        target = m.get("member")
        if target in spec["objects"] and target not in seen:
            members(spec, target, seen | {target}, keys)


def vendor_keys(tccli):
    services = pathlib.Path(tccli) / "tccli" / "services"
    keys = set()
    wanted = {}
    for name in APIS:
        service, action = name.split(":")
        wanted.setdefault(FILES[service], set()).add((action, "input"))
    for folder, version, action in OUTPUTS:
        wanted.setdefault((folder, version), set()).add((action, "output"))
    for (folder, version), actions in wanted.items():
        spec = json.loads((services / folder / version / "api.json").read_text(encoding="utf-8"))
        for action, side in actions:
            top = spec["actions"][action][side]
            members(spec, top, {top}, keys)
    return keys


def entry(token):
    """One libFuzzer dictionary line: the token quoted, with `\\`, `"` and
    bytes outside printable ASCII escaped."""
    out = ""
    for b in token.encode():
        c = chr(b)
        out += "\\" + c if c in '\\"' else c if 0x20 <= b < 0x7F else f"\\x{b:02X}"
    return f'"{out}"'


def dictionary(keys):
    lines = ["# The `json` target's dictionary (python3 fuzz/seeds/json.py writes it).",
             "# JSON syntax, then the vendor's keys, quoted: the members of the inputs",
             "# of the APIs the JSON pre-flight reads and of the DescribeInstances,",
             "# DescribeImages and DescribeRegions outputs, at any depth."]
    syntax = ["{", "}", "[", "]", ":", ",", '"', "true", "false", "null", "-0", "1e999",
              "\\u0000", "\\ud800", '\\"', '"Response"', '"Error"']
    lines += [entry(token) for token in syntax]
    lines += [entry(f'"{key}"') for key in sorted(keys)]
    return "\n".join(lines) + "\n"


def committed_keys(path):
    keys = set()
    if path.exists():
        for line in path.read_text().splitlines():
            if len(line) > 6 and line.startswith('"\\"') and line.endswith('\\""'):
                keys.add(line[3:-3])
    # The syntax's own entries, which are no members.
    return keys - {"Response", "Error"}


if __name__ == "__main__":
    folder = HERE / "json"
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():
        if not old.name.startswith("regression-"):
            old.unlink()
    for name, data in seeds().items():
        (folder / name).write_bytes(data)
    dict_path = HERE.parent / "dict" / "json.dict"
    tccli = sys.argv[1] if len(sys.argv) > 1 else ROOT / "target" / "vendor-cache" / "tccli-3.1.189.1"
    keys = vendor_keys(tccli) if (pathlib.Path(tccli) / "tccli").is_dir() else committed_keys(dict_path)
    dict_path.write_text(dictionary(keys))
    print(f"{len(seeds())} seeds, {len(keys)} keys")
