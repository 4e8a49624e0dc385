"""Each carrier's request signature pinned to a worked example."""

from __future__ import annotations

import hashlib

from app.connectors.signing import (
    fpx_sign,
    same_sign,
    yanwen_sign,
    yunexpress_authorization,
    yunexpress_credentials,
)


def test_4px_sign_matches_4px_s_own_worked_example() -> None:
    """4PX's integration guide (open.4px.com, "签名" section) works one request through:
    app_key 16081f05-…, format json, method ds.xms.order.create, timestamp 1532592413187,
    v 1.0, body {"aa":"bb"}, appSecret 7eebf328-…; signing string
    "app_key16081f05-…formatjsonmethodds.xms.order.createtimestamp1532592413187v1.0{"aa":"bb"}7eebf328-…"
    and MD5 ff4af77c062a9b97d98aa29777621c4a. The same pair is quoted verbatim by
    independent 4PX client libraries, which is where it was read from.
    """
    sign = fpx_sign(
        app_key="16081f05-e8fc-4250-b9c4-0660d1ecbb28",
        app_secret="7eebf328-8e5a-4030-904d-ec6e89174fbc",
        method="ds.xms.order.create",
        timestamp="1532592413187",
        version="1.0",
        body='{"aa":"bb"}',
    )
    assert sign == "ff4af77c062a9b97d98aa29777621c4a"


def test_4px_sign_covers_the_body_byte_for_byte() -> None:
    common = {"app_key": "k", "app_secret": "s", "method": "ds.xms.order.get", "timestamp": "1", "version": "1.1.0"}
    assert fpx_sign(**common, body='{"a":1}') != fpx_sign(**common, body='{"a": 1}')


def test_yanwen_sign_follows_the_documented_concatenation() -> None:
    """Constructed example (Yanwen publishes the rule, not a worked example): the rule
    md5(apiToken + user_id + data + format + method + timestamp + version + apiToken), as
    Yanwen's open-API guide and its Java client state it, applied to a made-up token.
    The expected value is the MD5 of the concatenation written out below, computed
    independently of the function under test.
    """
    token = "0123456789ABCDEF0123456789ABCDEF"
    written_out = (
        "0123456789ABCDEF0123456789ABCDEF100000"
        '{"orderNumber":"P-1"}'
        "jsonexpress.order.create1698823437409V1.0"
        "0123456789ABCDEF0123456789ABCDEF"
    )
    assert hashlib.md5(written_out.encode()).hexdigest() == "1ffe23a615b8d4860452714f93fe36ae"
    sign = yanwen_sign(
        api_token=token,
        user_id="100000",
        method="express.order.create",
        timestamp="1698823437409",
        body='{"orderNumber":"P-1"}',
    )
    assert sign == "1ffe23a615b8d4860452714f93fe36ae"


def test_yunexpress_basic_auth_is_base64_of_code_ampersand_secret() -> None:
    """Constructed example from YunExpress's documented rule
    ("Authorization: Basic " + Base64(客户编号&密钥)): customer code C88888, secret
    JCJaDJEztQQ= (made up) -> base64("C88888&JCJaDJEztQQ=") = Qzg4ODg4JkpDSmFESkV6dFFRPQ==.
    """
    header = yunexpress_authorization("C88888", "JCJaDJEztQQ=")
    assert header == "Basic Qzg4ODg4JkpDSmFESkV6dFFRPQ=="
    assert yunexpress_credentials(header) == ("C88888", "JCJaDJEztQQ=")
    assert yunexpress_credentials("Bearer abc") is None
    assert yunexpress_credentials("Basic !!!") is None


def test_signatures_compare_ignoring_case() -> None:
    assert same_sign("ff4af77c062a9b97d98aa29777621c4a", "FF4AF77C062A9B97D98AA29777621C4A")
    assert not same_sign("ff4af77c062a9b97d98aa29777621c4a", "ff4af77c062a9b97d98aa29777621c4b")
