// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

// Fuzzed properties of data requests: a letter binds only if its categories cover the request's;
// fulfilment follows the request deadline, the letter's window and its revocation at that moment;
// no key but the target's seal stamps; distinct salts give distinct requests; expiry only after
// the deadline, from every unfinished status.

import {RequestBase} from "./RequestBase.sol";
import {DataRequestRegistry} from "yunxi/DataRequestRegistry.sol";
import {LetterRegistry} from "yunxi/LetterRegistry.sol";
import {ILetterRegistry} from "yunxi/interfaces/ILetterRegistry.sol";

contract RequestFuzzTest is RequestBase {
    uint256 internal constant SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141;

    function testFuzz_bindLetter_letterMustCoverEveryRequestedCategory(
        uint256 requestCategories,
        uint256 letterCategories,
        bool superset
    ) public {
        DataRequestRegistry.Request memory request = _requestFor(CASE_ID, 1);
        request.categories = bound(requestCategories, 1, type(uint256).max);
        letterCategories = bound(letterCategories, 1, type(uint256).max);
        if (superset) letterCategories |= request.categories;
        _advance(request, DataRequestRegistry.Status.Approved);

        ILetterRegistry.Letter memory letter = _letterFor(request);
        letter.categories = letterCategories;
        bytes32 letterId = _issue(letter);

        bool covers = request.categories & ~letterCategories == 0;
        if (!covers) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    DataRequestRegistry.DataRequestRegistry_LetterOutOfScope.selector, _id(request), letterId
                )
            );
        }
        _bind(request, letter);
        assertEq(requests.stateOf(_id(request)).letterId, covers ? letterId : bytes32(0), "bound iff covering");
    }

    function testFuzz_fulfil_followsDeadlineLetterWindowAndRevocation(
        uint64 requestLife,
        uint64 letterLife,
        uint64 wait,
        bool revoke,
        uint64 revokeAfter
    ) public {
        DataRequestRegistry.Request memory request = _requestFor(CASE_ID, 1);
        request.deadline = START + uint64(bound(requestLife, 1 hours, 5 days));
        bytes32 requestId = _id(request);
        _advance(request, DataRequestRegistry.Status.Approved);
        ILetterRegistry.Letter memory letter = _letterFor(request);
        letter.validUntil = START + uint64(bound(letterLife, 1 hours, 5 days));
        bytes32 letterId = _issue(letter);
        _bind(request, letter);
        vm.prank(custodian);
        requests.accept(request);

        uint64 fulfilAt = START + uint64(bound(wait, 0, 6 days));
        uint64 revokedAt = START + uint64(bound(revokeAfter, 0, 6 days));
        revoke = revoke && revokedAt <= fulfilAt;
        if (revoke) {
            vm.warp(revokedAt);
            _revoke(letterId);
        }
        vm.warp(fulfilAt);

        if (fulfilAt > request.deadline) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    DataRequestRegistry.DataRequestRegistry_RequestExpired.selector, requestId, request.deadline
                )
            );
        } else if (revoke) {
            vm.expectRevert(abi.encodeWithSelector(LetterRegistry.LetterRegistry_Revoked.selector, letterId, revokedAt));
        } else if (fulfilAt > letter.validUntil) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    LetterRegistry.LetterRegistry_LetterExpired.selector, letterId, letter.validUntil
                )
            );
        }
        _fulfil(request, letter);

        bool fulfilled = _status(request) == DataRequestRegistry.Status.Fulfilled;
        assertEq(
            fulfilled, letters.isValid(letterId, fulfilAt) && fulfilAt <= request.deadline, "fulfilled iff allowed"
        );
    }

    function testFuzz_fulfil_RevertWhen_stampSignedByAnyKeyButTheSeal(uint256 key) public {
        key = bound(key, 1, SECP256K1_N - 1);
        if (key == sealKeyOf[TRAFFIC]) key = key == 1 ? 2 : key - 1;
        DataRequestRegistry.Request memory request = _requestFor(CASE_ID, 1);
        ILetterRegistry.Letter memory letter = _advance(request, DataRequestRegistry.Status.Accepted);
        uint64 deadline = START + 1 hours;
        bytes memory stamp = _stampBy(key, _id(request), RESPONSE_HASH, RESPONSE_BLOB, deadline);

        vm.expectRevert(
            abi.encodeWithSelector(
                DataRequestRegistry.DataRequestRegistry_InvalidStamp.selector, vm.addr(key), consortium.sealOf(TRAFFIC)
            )
        );
        vm.prank(custodian);
        requests.fulfil(request, letter, RESPONSE_HASH, RESPONSE_BLOB, deadline, stamp);
    }

    function testFuzz_create_distinctSaltsGiveDistinctRequests(uint64 saltA, uint64 saltB) public {
        if (saltA == saltB) saltB = saltA ^ 1;
        DataRequestRegistry.Request memory a = _requestFor(CASE_ID, saltA);
        DataRequestRegistry.Request memory b = _requestFor(CASE_ID, saltB);
        bytes32 idA = _create(a);
        bytes32 idB = _create(b);
        assertTrue(idA != idB, "distinct ids");

        vm.prank(officer);
        requests.cancel(a);
        assertEq(uint256(requests.stateOf(idA).status), uint256(DataRequestRegistry.Status.Cancelled), "a cancelled");
        assertEq(uint256(requests.stateOf(idB).status), uint256(DataRequestRegistry.Status.Created), "b untouched");
    }

    function testFuzz_expire_onlyAfterTheDeadline(uint64 life, uint64 wait, uint8 stage) public {
        DataRequestRegistry.Request memory request = _requestFor(CASE_ID, 1);
        request.deadline = START + uint64(bound(life, 1, 10 days));
        DataRequestRegistry.Status reached = DataRequestRegistry.Status(bound(stage, 1, 4)); // Created … Accepted
        _advance(request, reached);

        uint256 now_ = START + bound(wait, 0, 11 days);
        vm.warp(now_);
        bool due = now_ > request.deadline;
        if (!due) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    DataRequestRegistry.DataRequestRegistry_NotExpired.selector, _id(request), request.deadline
                )
            );
        }
        vm.prank(outsider);
        requests.expire(request);
        assertEq(
            uint256(_status(request)), uint256(due ? DataRequestRegistry.Status.Expired : reached), "expired iff due"
        );
    }
}
