#!/usr/bin/env python3
"""Replaces the validators in a plain Lode chain spec with generated ones; prints the new spec.

Usage: patch-spec.py CHAIN_TYPE PLAIN_SPEC VALIDATOR...
  VALIDATOR is ACCOUNT_SS58,ACCOUNT_PUBLIC_HEX,GRANDPA_SS58,GRANDPA_PUBLIC_HEX,PEER_ID: the
  sr25519 account (also the BABE key), the ed25519 GRANDPA key of the same phrase, and the peer
  id of the validator's node.

Only the validators change: the bond, session keys, an endowment for each validator, the sudo
key (given to the first validator, where the preset has one), the council (the validators, where
the preset seeds one), on private and alliance chains the authorized nodes, and on alliance the
regulator (the first validator);
everything else stays as the preset has it. No well-known development key is left in a role: the
node refuses to validate on a live chain that has one. Values are written in the encoding the preset uses for them.
Standard library only: scripts/net/start runs it on any machine with python3.
"""

import json
import sys

# Used when the preset has no validator to copy the bond from: 100 000 LODE (12 decimals).
DEFAULT_BOND = 100_000 * 10**12
# What each validator account gets if the preset does not endow it: 1 000 000 LODE.
ENDOWMENT = 1_000_000 * 10**12

BASE58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def fail(message):
    sys.exit(f"patch-spec: {message}")


def base58_decode(text):
    """The bytes of a base58 (Bitcoin alphabet) string, as libp2p encodes peer ids."""
    number = 0
    for char in text:
        digit = BASE58_ALPHABET.find(char)
        if digit < 0:
            fail(f"{text!r} is not base58 (character {char!r})")
        number = number * 58 + digit
    body = number.to_bytes((number.bit_length() + 7) // 8, "big")
    # Each leading '1' stands for a leading zero byte.
    zeros = len(text) - len(text.lstrip("1"))
    return b"\0" * zeros + body


def section(patch, name):
    value = patch.get(name)
    if not isinstance(value, dict):
        fail(
            f"the preset's genesis has no {name!r} section: is this lode-node built with "
            "pallet-validator-set and pallet-session?"
        )
    return value


def public_key(template, ss58, hex_key, what):
    """A key encoded like the preset's `template`: 0x-hex or SS58."""
    if template is None or (isinstance(template, str) and not template.startswith("0x")):
        return ss58
    if isinstance(template, str):
        return hex_key
    fail(f"the preset's {what} key {template!r} is neither SS58 nor hex")


def main():
    if len(sys.argv) < 4:
        fail(__doc__.split("\n\n")[1])
    chain_type, spec_path, raw_validators = sys.argv[1], sys.argv[2], sys.argv[3:]
    validators = []
    for raw in raw_validators:
        fields = raw.split(",")
        if len(fields) != 5:
            fail(f"bad validator {raw!r}: want ACCOUNT,ACCOUNT_HEX,GRANDPA,GRANDPA_HEX,PEER_ID")
        validators.append(dict(zip(["account", "public", "grandpa", "grandpa_public", "peer"], fields)))

    with open(spec_path, encoding="utf-8") as file:
        spec = json.load(file)
    try:
        patch = spec["genesis"]["runtimeGenesis"]["patch"]
    except (KeyError, TypeError):
        fail(f"{spec_path} has no genesis.runtimeGenesis.patch: not a plain spec built from a preset")

    validator_set = section(patch, "validatorSet")
    old = validator_set.get("validators") or []
    bond = old[0][1] if old else DEFAULT_BOND
    validator_set["validators"] = [[v["account"], bond] for v in validators]

    session = section(patch, "session")
    old = session.get("keys") or []
    template = old[0][2] if old else {"babe": None, "grandpa": None}
    if set(template) != {"babe", "grandpa"}:
        fail(f"the preset's session keys are {sorted(template)}; this script makes babe and grandpa only")
    session["keys"] = [
        [
            v["account"],
            v["account"],
            {
                "babe": public_key(template["babe"], v["account"], v["public"], "babe"),
                "grandpa": public_key(
                    template["grandpa"], v["grandpa"], v["grandpa_public"], "grandpa"
                ),
            },
        ]
        for v in validators
    ]

    balances = patch.setdefault("balances", {}).setdefault("balances", [])
    endowed = {account for account, _ in balances}
    balances.extend([v["account"], ENDOWMENT] for v in validators if v["account"] not in endowed)

    sudo = patch.get("sudo")
    if isinstance(sudo, dict) and sudo.get("key"):
        sudo["key"] = validators[0]["account"]

    if chain_type in ("private", "alliance"):
        authorization = patch.setdefault("nodeAuthorization", {})
        old = authorization.get("nodes") or []
        as_hex = bool(old) and isinstance(old[0][0], str)
        nodes = []
        for v in validators:
            peer = base58_decode(v["peer"])
            nodes.append(["0x" + peer.hex() if as_hex else list(peer), v["account"]])
        authorization["nodes"] = nodes

    council = (patch.get("councilMembership") or {}).get("members")
    if chain_type == "alliance" or council:
        # The council (the alliance's members; the public chain's seeded council) goes to the
        # generated validators. pallet-membership keeps its members sorted by the account's
        # bytes; SS58 text sorts differently, so sort by the public key.
        members = sorted(validators, key=lambda v: bytes.fromhex(v["public"].removeprefix("0x")))
        patch.setdefault("councilMembership", {})["members"] = [v["account"] for v in members]
    if chain_type == "alliance":
        regulators = patch.get("regulators")
        if isinstance(regulators, dict) and regulators.get("members"):
            regulators["members"] = [validators[0]["account"]]

    json.dump(spec, sys.stdout, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
