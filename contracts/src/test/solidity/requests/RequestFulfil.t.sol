// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

// DataRequestRegistry.fulfil (盖章 and hand over): the target's CUSTODIAN records the encrypted
// response with the target department's seal stamp; the bound letter is re-checked at that
// moment (registered, unrevoked, in its window, the very letter bound, still in scope).

import {RequestBase} from "./RequestBase.sol";
import {DataRequestRegistry} from "yunxi/DataRequestRegistry.sol";
import {LetterRegistry} from "yunxi/LetterRegistry.sol";
import {Consortium} from "yunxi/Consortium.sol";
import {Roles} from "yunxi/Roles.sol";
import {ILetterRegistry} from "yunxi/interfaces/ILetterRegistry.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

contract RequestFulfilTest is RequestBase {
    uint64 internal constant NOW = START + 16 hours; // the next morning

    DataRequestRegistry.Request internal request;
    ILetterRegistry.Letter internal letter;
    bytes32 internal requestId;
    bytes32 internal letterId;
    address internal trafficSeal;
    uint64 internal stampDeadline;

    function setUp() public override {
        super.setUp();
        request = _requestFor(CASE_ID, 1);
        requestId = _id(request);
        letter = _advance(request, DataRequestRegistry.Status.Accepted);
        letterId = _letterDigest(letter);
        trafficSeal = consortium.sealOf(TRAFFIC);
        vm.warp(NOW);
        stampDeadline = NOW + STAMP_LIFE;
    }

    function test_fulfil_movesToFulfilledAndEmitsTheResponseAndStamp() public {
        bytes memory stamp = _trafficStamp(RESPONSE_HASH, RESPONSE_BLOB, stampDeadline);
        vm.expectEmit(true, true, true, true, address(requests));
        emit DataRequestRegistry.RequestFulfilled(
            requestId, custodian, RESPONSE_HASH, RESPONSE_BLOB, trafficSeal, stampDeadline, stamp, NOW
        );
        _fulfilWith(letter, RESPONSE_HASH, RESPONSE_BLOB, stampDeadline, stamp);

        DataRequestRegistry.State memory s = requests.stateOf(requestId);
        assertEq(uint256(s.status), uint256(DataRequestRegistry.Status.Fulfilled), "status");
        assertEq(s.letterId, letterId, "letter kept");
        assertEq(s.approver, captain, "approver kept");
    }

    function test_fulfil_atTheStampDeadlineItself() public {
        _fulfilWith(letter, RESPONSE_HASH, RESPONSE_BLOB, NOW, _trafficStamp(RESPONSE_HASH, RESPONSE_BLOB, NOW));
        assertEq(uint256(_status(request)), uint256(DataRequestRegistry.Status.Fulfilled), "fulfilled");
    }

    function test_fulfil_atTheRequestDeadlineItself() public {
        vm.warp(request.deadline);
        uint64 d = request.deadline + 1 hours;
        _fulfilWith(letter, RESPONSE_HASH, RESPONSE_BLOB, d, _trafficStamp(RESPONSE_HASH, RESPONSE_BLOB, d));
        assertEq(uint256(_status(request)), uint256(DataRequestRegistry.Status.Fulfilled), "fulfilled");
    }

    function test_fulfil_withARotatedSeal() public {
        uint256 newKey = keyOf("traffic seal 2027");
        vm.prank(trafficAdmin);
        consortium.setDepartmentKeys(vm.addr(newKey), encryptionKeyFor(TRAFFIC));
        bytes memory stamp = _stampBy(newKey, requestId, RESPONSE_HASH, RESPONSE_BLOB, stampDeadline);
        _fulfilWith(letter, RESPONSE_HASH, RESPONSE_BLOB, stampDeadline, stamp);
        assertEq(uint256(_status(request)), uint256(DataRequestRegistry.Status.Fulfilled), "fulfilled");
    }

    // ------------------------------------------------------------ stamp

    function test_RevertWhen_fulfil_stampByTheRetiredSeal() public {
        bytes memory stamp = _trafficStamp(RESPONSE_HASH, RESPONSE_BLOB, stampDeadline);
        address newSeal = vm.addr(keyOf("traffic seal 2027"));
        vm.prank(trafficAdmin);
        consortium.setDepartmentKeys(newSeal, encryptionKeyFor(TRAFFIC));
        _expectInvalidStamp(stamp, trafficSeal, newSeal);
    }

    function test_RevertWhen_fulfil_stampSignedByTheCustodian() public {
        bytes memory stamp = _stampBy(keyOf("custodian"), requestId, RESPONSE_HASH, RESPONSE_BLOB, stampDeadline);
        _expectInvalidStamp(stamp, custodian, trafficSeal);
    }

    function test_RevertWhen_fulfil_stampSignedByAnotherDepartmentsSeal() public {
        bytes memory stamp = _stampBy(sealKeyOf[FIRE], requestId, RESPONSE_HASH, RESPONSE_BLOB, stampDeadline);
        _expectInvalidStamp(stamp, consortium.sealOf(FIRE), trafficSeal);
    }

    function test_RevertWhen_fulfil_stampCoversAnotherResponseHash() public {
        _expectStampOverOtherFields(_trafficStamp(keccak256("other response"), RESPONSE_BLOB, stampDeadline));
    }

    function test_RevertWhen_fulfil_stampCoversAnotherBlob() public {
        _expectStampOverOtherFields(_trafficStamp(RESPONSE_HASH, keccak256("other blob"), stampDeadline));
    }

    function test_RevertWhen_fulfil_stampCoversAnotherDeadline() public {
        _expectStampOverOtherFields(_trafficStamp(RESPONSE_HASH, RESPONSE_BLOB, stampDeadline + 1));
    }

    function test_RevertWhen_fulfil_stampIsForAnotherRequest() public {
        bytes memory stamp =
            _stampBy(sealKeyOf[TRAFFIC], keccak256("other request"), RESPONSE_HASH, RESPONSE_BLOB, stampDeadline);
        _expectStampOverOtherFields(stamp);
    }

    function test_RevertWhen_fulfil_stampDeadlinePassed() public {
        uint64 d = NOW - 1;
        bytes memory stamp = _trafficStamp(RESPONSE_HASH, RESPONSE_BLOB, d);
        vm.expectRevert(abi.encodeWithSelector(DataRequestRegistry.DataRequestRegistry_StampExpired.selector, d));
        _fulfilWith(letter, RESPONSE_HASH, RESPONSE_BLOB, d, stamp);
    }

    function test_RevertWhen_fulfil_stampIsMalformed() public {
        vm.expectRevert(abi.encodeWithSelector(ECDSA.ECDSAInvalidSignatureLength.selector, 64));
        _fulfilWith(letter, RESPONSE_HASH, RESPONSE_BLOB, stampDeadline, new bytes(64));
    }

    function test_RevertWhen_fulfil_responseHashIsZero() public {
        bytes memory stamp = _trafficStamp(bytes32(0), RESPONSE_BLOB, stampDeadline);
        vm.expectRevert(abi.encodeWithSelector(DataRequestRegistry.DataRequestRegistry_InvalidResponse.selector));
        _fulfilWith(letter, bytes32(0), RESPONSE_BLOB, stampDeadline, stamp);
    }

    function test_RevertWhen_fulfil_blobRefIsZero() public {
        bytes memory stamp = _trafficStamp(RESPONSE_HASH, bytes32(0), stampDeadline);
        vm.expectRevert(abi.encodeWithSelector(DataRequestRegistry.DataRequestRegistry_InvalidResponse.selector));
        _fulfilWith(letter, RESPONSE_HASH, bytes32(0), stampDeadline, stamp);
    }

    // ------------------------------------------------------------ letter, re-checked now

    function test_RevertWhen_fulfil_letterRevokedAfterBinding() public {
        _revoke(letterId);
        vm.expectRevert(abi.encodeWithSelector(LetterRegistry.LetterRegistry_Revoked.selector, letterId, NOW));
        _fulfil(request, letter);
    }

    function test_RevertWhen_fulfil_letterExpiredAfterBinding() public {
        // A second request whose letter runs out the next morning, before the custodian fulfils.
        DataRequestRegistry.Request memory r = _requestFor(CASE_ID, 2);
        _advance(r, DataRequestRegistry.Status.Approved);
        ILetterRegistry.Letter memory shortLetter = _letterFor(r);
        shortLetter.validUntil = NOW + 1 hours;
        _issue(shortLetter);
        _bind(r, shortLetter);
        vm.prank(custodian);
        requests.accept(r);

        vm.warp(NOW + 1 hours + 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                LetterRegistry.LetterRegistry_LetterExpired.selector, _letterDigest(shortLetter), NOW + 1 hours
            )
        );
        _fulfil(r, shortLetter);
    }

    function test_RevertWhen_fulfil_withAnotherValidLetterForTheSameRequest() public {
        ILetterRegistry.Letter memory other = _letterFor(request); // next nonce: a distinct letter
        bytes32 otherId = _issue(other);
        vm.expectRevert(
            abi.encodeWithSelector(DataRequestRegistry.DataRequestRegistry_LetterNotBound.selector, requestId, otherId)
        );
        _fulfil(request, other);
    }

    function test_RevertWhen_fulfil_withTheBoundLetterAltered() public {
        ILetterRegistry.Letter memory altered = letter;
        altered.categories |= BUSINESS_LICENCE;
        vm.expectRevert(
            abi.encodeWithSelector(LetterRegistry.LetterRegistry_UnknownLetter.selector, _letterDigest(altered))
        );
        _fulfil(request, altered);
    }

    // ------------------------------------------------------------ status and deadline

    function test_RevertWhen_fulfil_requestDeadlinePassed() public {
        vm.warp(request.deadline + 1);
        uint64 d = request.deadline + 1 hours;
        bytes memory stamp = _trafficStamp(RESPONSE_HASH, RESPONSE_BLOB, d);
        vm.expectRevert(
            abi.encodeWithSelector(
                DataRequestRegistry.DataRequestRegistry_RequestExpired.selector, requestId, request.deadline
            )
        );
        _fulfilWith(letter, RESPONSE_HASH, RESPONSE_BLOB, d, stamp);
    }

    function test_RevertWhen_fulfil_requestNotAccepted() public {
        DataRequestRegistry.Request memory bound = _requestFor(CASE_ID, 2);
        ILetterRegistry.Letter memory boundLetter = _advance(bound, DataRequestRegistry.Status.LetterBound);
        vm.expectRevert(_statusError(bound, DataRequestRegistry.Status.LetterBound));
        _fulfil(bound, boundLetter);
    }

    function test_RevertWhen_fulfil_stampReplayedOnAFulfilledRequest() public {
        bytes memory stamp = _trafficStamp(RESPONSE_HASH, RESPONSE_BLOB, stampDeadline);
        _fulfilWith(letter, RESPONSE_HASH, RESPONSE_BLOB, stampDeadline, stamp);
        vm.expectRevert(_statusError(request, DataRequestRegistry.Status.Fulfilled));
        _fulfilWith(letter, RESPONSE_HASH, RESPONSE_BLOB, stampDeadline, stamp);
    }

    function test_RevertWhen_fulfil_requestIsUnknown() public {
        DataRequestRegistry.Request memory unknown = _requestFor(CASE_ID, 99);
        vm.expectRevert(
            abi.encodeWithSelector(DataRequestRegistry.DataRequestRegistry_UnknownRequest.selector, _id(unknown))
        );
        _fulfil(unknown, letter);
    }

    // ------------------------------------------------------------ caller

    function test_RevertWhen_fulfil_callerIsTheMarketCustodian() public {
        bytes memory stamp = _trafficStamp(RESPONSE_HASH, RESPONSE_BLOB, stampDeadline);
        vm.expectRevert(
            abi.encodeWithSelector(DataRequestRegistry.DataRequestRegistry_WrongDepartment.selector, TRAFFIC, MARKET)
        );
        vm.prank(marketCustodian);
        requests.fulfil(request, letter, RESPONSE_HASH, RESPONSE_BLOB, stampDeadline, stamp);
    }

    function test_RevertWhen_fulfil_callerIsATrafficOfficer() public {
        _expectFulfilUnauthorised(trafficOfficer);
    }

    function test_RevertWhen_fulfil_callerIsTheRequestingOfficer() public {
        _expectFulfilUnauthorised(officer);
    }

    function test_RevertWhen_fulfil_callerIsAnOutsider() public {
        _expectFulfilUnauthorised(outsider);
    }

    function test_RevertWhen_fulfil_targetDepartmentIsSuspended() public {
        _suspend(TRAFFIC);
        _expectFulfilUnauthorised(custodian);
    }

    // ------------------------------------------------------------ helpers

    function _trafficStamp(bytes32 responseHash, bytes32 blobRef, uint64 deadline) private view returns (bytes memory) {
        return _stampBy(sealKeyOf[TRAFFIC], requestId, responseHash, blobRef, deadline);
    }

    function _fulfilWith(
        ILetterRegistry.Letter memory l,
        bytes32 responseHash,
        bytes32 blobRef,
        uint64 deadline,
        bytes memory stamp
    ) private {
        vm.prank(custodian);
        requests.fulfil(request, l, responseHash, blobRef, deadline, stamp);
    }

    function _expectInvalidStamp(bytes memory stamp, address signer, address seal) private {
        vm.expectRevert(
            abi.encodeWithSelector(DataRequestRegistry.DataRequestRegistry_InvalidStamp.selector, signer, seal)
        );
        _fulfilWith(letter, RESPONSE_HASH, RESPONSE_BLOB, stampDeadline, stamp);
        assertEq(uint256(_status(request)), uint256(DataRequestRegistry.Status.Accepted), "still accepted");
    }

    /// @dev A genuine seal signature over other fields recovers, for the submitted fields, to
    /// some unrelated address — which is what the error names.
    function _expectStampOverOtherFields(bytes memory stamp) private {
        address recovered = _recover(_stampDigestOf(requestId, RESPONSE_HASH, RESPONSE_BLOB, stampDeadline), stamp);
        assertTrue(recovered != trafficSeal, "recovers to someone else");
        _expectInvalidStamp(stamp, recovered, trafficSeal);
    }

    function _expectFulfilUnauthorised(address caller) private {
        bytes memory stamp = _trafficStamp(RESPONSE_HASH, RESPONSE_BLOB, stampDeadline);
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_Unauthorised.selector, caller, Roles.CUSTODIAN));
        vm.prank(caller);
        requests.fulfil(request, letter, RESPONSE_HASH, RESPONSE_BLOB, stampDeadline, stamp);
    }
}
