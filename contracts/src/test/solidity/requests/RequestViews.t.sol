// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

// The request registry's views and the seed's flow end to end: the stamp digest against an
// EIP-712 digest computed here, the domain following the chain id, request ids, stateOf along
// the way, and one event with its own timestamp per transition (turnaround is measurable).

import {RequestBase} from "./RequestBase.sol";
import {DataRequestRegistry} from "yunxi/DataRequestRegistry.sol";
import {EvidenceRegistry} from "yunxi/EvidenceRegistry.sol";
import {LetterRegistry} from "yunxi/LetterRegistry.sol";
import {ILetterRegistry} from "yunxi/interfaces/ILetterRegistry.sol";

contract RequestViewsTest is RequestBase {
    function test_STAMP_TYPEHASH_isTheHashOfTheTypeString() public view {
        assertEq(requests.STAMP_TYPEHASH(), STAMP_TYPE, "typehash");
    }

    function test_domainSeparator_isTheEip712DomainOfThisContract() public view {
        assertEq(requests.domainSeparator(), _domainOf("Yunxi DataRequestRegistry", address(requests)), "domain");
    }

    function test_stampDigest_isTheEip712DigestOfTheStamp() public view {
        bytes32 requestId = keccak256("request");
        assertEq(
            requests.stampDigest(requestId, RESPONSE_HASH, RESPONSE_BLOB, START + 1 hours),
            _stampDigestOf(requestId, RESPONSE_HASH, RESPONSE_BLOB, START + 1 hours),
            "digest"
        );
        assertEq(
            requests.stampDigest(bytes32(0), bytes32(0), bytes32(0), type(uint64).max),
            _stampDigestOf(bytes32(0), bytes32(0), bytes32(0), type(uint64).max),
            "digest of extreme values"
        );
    }

    function test_domainSeparator_changesWithTheChainId_andOldStampsStopWorking() public {
        DataRequestRegistry.Request memory request = _requestFor(CASE_ID, 1);
        ILetterRegistry.Letter memory letter = _advance(request, DataRequestRegistry.Status.Accepted);
        bytes32 requestId = _id(request);
        uint64 deadline = START + 1 hours;
        bytes memory stamp = _stampBy(sealKeyOf[TRAFFIC], requestId, RESPONSE_HASH, RESPONSE_BLOB, deadline);
        bytes32 domainBefore = requests.domainSeparator();

        vm.chainId(block.chainid + 1);

        assertTrue(requests.domainSeparator() != domainBefore, "domain changed");
        assertEq(requests.domainSeparator(), _domainOf("Yunxi DataRequestRegistry", address(requests)), "new domain");
        address recovered = _recover(requests.stampDigest(requestId, RESPONSE_HASH, RESPONSE_BLOB, deadline), stamp);
        assertTrue(recovered != consortium.sealOf(TRAFFIC), "old stamp no longer recovers to the seal");
        // Letter ids move with their own domain too: the registered letter is no longer found.
        vm.expectRevert(
            abi.encodeWithSelector(LetterRegistry.LetterRegistry_UnknownLetter.selector, _letterDigest(letter))
        );
        vm.prank(custodian);
        requests.fulfil(request, letter, RESPONSE_HASH, RESPONSE_BLOB, deadline, stamp);
    }

    function test_idOf_isTheKeccakOfTheAbiEncodedRequest() public view {
        DataRequestRegistry.Request memory request = _requestFor(CASE_ID, 1);
        bytes32 expected = keccak256(
            abi.encode(
                request.caseId,
                request.requesterDepartment,
                request.targetDepartment,
                request.categories,
                request.queryCommitment,
                request.creator,
                request.deadline,
                request.salt
            )
        );
        assertEq(requests.idOf(request), expected, "id");
    }

    function test_stateOf_isZeroForAnUnknownRequest() public view {
        DataRequestRegistry.State memory s = requests.stateOf(keccak256("unknown"));
        assertEq(uint256(s.status), uint256(DataRequestRegistry.Status.None), "status");
        assertEq(s.approver, address(0), "approver");
        assertEq(s.letterId, bytes32(0), "letter");
    }

    /// @dev The seed's case, concluded the same day: 09:00 request, 09:20 approval, 09:40 letter,
    /// next morning 08:30 acceptance, 09:00 stamped response, 09:10 receipt.
    function test_seedFlow_eachTransitionEmitsItsOwnTimestamp() public {
        DataRequestRegistry.Request memory request = _requestFor(CASE_ID, 1);
        bytes32 requestId = _id(request);

        vm.expectEmit(true, true, true, true, address(requests));
        emit DataRequestRegistry.RequestCreated(
            requestId,
            CASE_ID,
            TRAFFIC,
            ENFORCEMENT,
            officer,
            request.categories,
            request.queryCommitment,
            request.deadline,
            1,
            START
        );
        _create(request);
        _expectState(requestId, DataRequestRegistry.Status.Created, address(0), bytes32(0));

        vm.warp(START + 20 minutes);
        vm.expectEmit(true, true, true, true, address(requests));
        emit DataRequestRegistry.RequestApproved(requestId, captain, START + 20 minutes);
        vm.prank(captain);
        requests.approve(request);
        _expectState(requestId, DataRequestRegistry.Status.Approved, captain, bytes32(0));

        vm.warp(START + 40 minutes);
        ILetterRegistry.Letter memory letter = _issueFor(request);
        bytes32 letterId = _letterDigest(letter);
        vm.expectEmit(true, true, true, true, address(requests));
        emit DataRequestRegistry.LetterBound(requestId, letterId, office, START + 40 minutes);
        _bind(request, letter);
        _expectState(requestId, DataRequestRegistry.Status.LetterBound, captain, letterId);

        uint64 morning = START + 23 hours + 30 minutes;
        vm.warp(morning);
        vm.expectEmit(true, true, true, true, address(requests));
        emit DataRequestRegistry.RequestAccepted(requestId, custodian, morning);
        vm.prank(custodian);
        requests.accept(request);
        _expectState(requestId, DataRequestRegistry.Status.Accepted, captain, letterId);

        vm.warp(morning + 30 minutes);
        uint64 stampDeadline = morning + 30 minutes + STAMP_LIFE;
        bytes memory stamp = _stampBy(sealKeyOf[TRAFFIC], requestId, RESPONSE_HASH, RESPONSE_BLOB, stampDeadline);
        vm.expectEmit(true, true, true, true, address(requests));
        emit DataRequestRegistry.RequestFulfilled(
            requestId,
            custodian,
            RESPONSE_HASH,
            RESPONSE_BLOB,
            consortium.sealOf(TRAFFIC),
            stampDeadline,
            stamp,
            morning + 30 minutes
        );
        vm.prank(custodian);
        requests.fulfil(request, letter, RESPONSE_HASH, RESPONSE_BLOB, stampDeadline, stamp);
        _expectState(requestId, DataRequestRegistry.Status.Fulfilled, captain, letterId);

        vm.warp(morning + 40 minutes);
        vm.expectEmit(true, true, true, true, address(evidence));
        emit EvidenceRegistry.CustodyRecorded(
            requestId,
            CASE_ID,
            officer,
            EvidenceRegistry.CustodyAction.ReceivedViaRequest,
            letterId,
            morning + 40 minutes
        );
        vm.expectEmit(true, true, true, true, address(requests));
        emit DataRequestRegistry.ReceiptConfirmed(requestId, officer, morning + 40 minutes);
        vm.prank(officer);
        requests.confirmReceipt(request);
        _expectState(requestId, DataRequestRegistry.Status.Confirmed, captain, letterId);
    }

    function _expectState(bytes32 requestId, DataRequestRegistry.Status status, address approver, bytes32 letterId)
        private
        view
    {
        DataRequestRegistry.State memory s = requests.stateOf(requestId);
        assertEq(uint256(s.status), uint256(status), "status");
        assertEq(s.approver, approver, "approver");
        assertEq(s.letterId, letterId, "letter");
    }
}
