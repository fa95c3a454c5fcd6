"""Client side of Cognito's SRP-6a (3072-bit group of RFC 5054, SHA-256), for the Python yardstick scenario.

Cognito pads every number to its two's-complement big-endian hex before hashing, so padded_hex mirrors that.
Python's pow() is not constant time; this is a benchmark client, never a production one.
"""
import base64
import datetime
import hashlib
import hmac
import os

N = int("FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DDEF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7EDEE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3BE39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA051015728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200CBBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF", 16)
G = 2


def padded_hex(number):
    text = format(number, "x")
    if len(text) % 2:
        return "0" + text
    return "00" + text if text[0] in "89abcdef" else text


def hash_hex(hex_text):
    return hashlib.sha256(bytes.fromhex(hex_text)).hexdigest()


K = int(hash_hex(padded_hex(N) + padded_hex(G)), 16)


def private_key_x(salt_hex_padded, realm, name, password):
    # x = H(salt | H(realm | name | ":" | password)); the realm is the pool id's suffix or the device group key.
    inner = hashlib.sha256(f"{realm}{name}:{password}".encode()).hexdigest()
    return int(hash_hex(salt_hex_padded + inner), 16)


def device_verifier(device_group_key, device_key):
    """A random device password and the (Salt, PasswordVerifier) ConfirmDevice takes, both base64."""
    device_password = base64.b64encode(os.urandom(40)).decode()
    salt_hex = padded_hex(int.from_bytes(os.urandom(16), "big"))
    verifier = pow(G, private_key_x(salt_hex, device_group_key, device_key, device_password), N)
    return (device_password,
            base64.b64encode(bytes.fromhex(salt_hex)).decode(),
            base64.b64encode(bytes.fromhex(padded_hex(verifier))).decode())


def cognito_timestamp(now=None):
    # e.g. "Wed Dec 2 14:05:09 UTC 2026": English names, day of month not zero-padded.
    now = now or datetime.datetime.now(datetime.timezone.utc)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return f"{days[now.weekday()]} {months[now.month - 1]} {now.day} {now:%H:%M:%S} UTC {now.year}"


class SrpSession:
    """One handshake: A from a random a, then the claim for the server's SALT, SRP_B and SECRET_BLOCK."""

    def __init__(self, realm):
        self.realm = realm
        self.a = int.from_bytes(os.urandom(32), "big")
        self.big_a = pow(G, self.a, N)

    def public_a_hex(self):
        return format(self.big_a, "x")

    def claim(self, name, password, parameters):
        big_b = int(parameters["SRP_B"], 16)
        if big_b % N == 0:
            raise ValueError("SRP_B is zero modulo N")
        u = int(hash_hex(padded_hex(self.big_a) + padded_hex(big_b)), 16)
        x = private_key_x(padded_hex(int(parameters["SALT"], 16)), self.realm, name, password)
        shared = pow(big_b - K * pow(G, x, N), self.a + u * x, N)
        # HKDF-SHA256 with the padded u as salt, one block, first 16 bytes.
        prk = hmac.new(bytes.fromhex(padded_hex(u)), bytes.fromhex(padded_hex(shared)), hashlib.sha256).digest()
        key = hmac.new(prk, b"Caldera Derived Key\x01", hashlib.sha256).digest()[:16]
        timestamp = cognito_timestamp()
        message = (self.realm.encode() + name.encode() + base64.b64decode(parameters["SECRET_BLOCK"])
                   + timestamp.encode())
        return {
            "PASSWORD_CLAIM_SECRET_BLOCK": parameters["SECRET_BLOCK"],
            "PASSWORD_CLAIM_SIGNATURE": base64.b64encode(hmac.new(key, message, hashlib.sha256).digest()).decode(),
            "TIMESTAMP": timestamp,
        }
