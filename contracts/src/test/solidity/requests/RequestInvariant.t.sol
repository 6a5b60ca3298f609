// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

// Invariants of the data-request flow under random steps, actors, warps and revocations:
// no request is fulfilled without a captain's approval by someone other than the creator and a
// letter that was valid, in scope and aimed at the fulfilling department at that moment; the
// status only moves along the allowed graph; the ghost counts agree with the chain.

import {LetterBase} from "yunxi-test/letters/LetterBase.sol";
import {RequestHandler} from "./RequestHandler.sol";
import {DataRequestRegistry} from "yunxi/DataRequestRegistry.sol";
import {Roles} from "yunxi/Roles.sol";
import {ILetterRegistry} from "yunxi/interfaces/ILetterRegistry.sol";

contract RequestInvariantTest is LetterBase {
    RequestHandler internal handler;

    function setUp() public override {
        super.setUp();
        _openCase(CASE_ID);
        _openCase(CASE_2);
        address captain2 = _newMember("captain2", enforcementAdmin, Roles.CAPTAIN);
        address fireCustodian = _newMember("fireCustodian", fireAdmin, Roles.CUSTODIAN);
        handler = new RequestHandler(
            consortium,
            letters,
            requests,
            RequestHandler.People({
                officer: officer,
                officer2: officer2,
                captain: captain,
                captain2: captain2,
                office: office,
                trafficCustodian: custodian,
                fireCustodian: fireCustodian,
                marketCustodian: marketCustodian,
                trafficOfficer: trafficOfficer,
                trafficCaptain: trafficCaptain,
                trafficOffice: trafficOffice,
                outsider: outsider
            }),
            [CASE_ID, CASE_2],
            sealKeyOf[TRAFFIC],
            sealKeyOf[FIRE],
            keyOf("custodian")
        );

        bytes4[] memory selectors = new bytes4[](10);
        selectors[0] = RequestHandler.create.selector;
        selectors[1] = RequestHandler.approve.selector;
        selectors[2] = RequestHandler.bindLetter.selector;
        selectors[3] = RequestHandler.acceptOrReject.selector;
        selectors[4] = RequestHandler.fulfil.selector;
        selectors[5] = RequestHandler.confirmReceipt.selector;
        selectors[6] = RequestHandler.cancel.selector;
        selectors[7] = RequestHandler.expire.selector;
        selectors[8] = RequestHandler.revokeLetter.selector;
        selectors[9] = RequestHandler.warp.selector;
        targetContract(address(handler));
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
    }

    // ------------------------------------------------------------ invariants

    function invariant_fulfilledOnlyAfterAnIndependentCaptainsApproval() public view {
        uint256 n = handler.requestCount();
        for (uint256 i; i < n; ++i) {
            bytes32 id = handler.requestIdAt(i);
            DataRequestRegistry.State memory s = requests.stateOf(id);
            if (!_delivered(s.status)) continue;
            RequestHandler.Ghost memory g = handler.ghostOf(id);
            assertTrue(g.approver != address(0), "fulfilled without approval");
            assertEq(s.approver, g.approver, "approver on chain differs from the one who approved");
            assertTrue(g.approver != g.request.creator, "approved by the creator");
            assertTrue(g.approverWasCaptainOfRequester, "approver was not a CAPTAIN of the requesting department");
        }
    }

    function invariant_fulfilledOnlyUnderTheBoundLetterValidInScopeAndAimedAtTheFulfiller() public view {
        uint256 n = handler.requestCount();
        for (uint256 i; i < n; ++i) {
            bytes32 id = handler.requestIdAt(i);
            DataRequestRegistry.State memory s = requests.stateOf(id);
            if (!_delivered(s.status)) continue;
            RequestHandler.Ghost memory g = handler.ghostOf(id);
            DataRequestRegistry.Request memory r = g.request;
            ILetterRegistry.Letter memory l = g.fulfilLetter;

            assertTrue(g.fulfilled, "delivered without a recorded fulfilment");
            assertEq(g.fulfilLetterId, s.letterId, "fulfilled under a letter other than the bound one");
            assertEq(g.fulfilLetterId, g.boundLetterId, "bound letter changed");
            assertTrue(g.letterValidAtFulfil, "letter not valid at fulfilment");
            assertFalse(g.letterRevokedAtFulfil, "letter revoked at fulfilment");
            assertLe(g.fulfilledAt, r.deadline, "fulfilled after the request's deadline");

            assertEq(l.requestId, id, "letter for another request");
            assertEq(l.caseId, r.caseId, "letter for another case");
            assertEq(l.issuerDepartment, r.requesterDepartment, "letter from another department");
            assertEq(l.holder, r.creator, "letter held by someone else");
            assertEq(r.categories & ~l.categories, 0, "letter misses a category");

            assertTrue(g.fulfillerWasCustodian, "fulfilled by a non-custodian");
            assertEq(g.fulfillerDepartment, r.targetDepartment, "fulfilled by another department");
            assertEq(l.targetDepartment, g.fulfillerDepartment, "letter not aimed at the fulfilling department");
        }
    }

    function invariant_statusOnlyMovesAlongTheGraph() public view {
        assertEq(handler.badTransitions(), 0, "a status moved off the graph");
        uint256 n = handler.requestCount();
        for (uint256 i; i < n; ++i) {
            bytes32 id = handler.requestIdAt(i);
            DataRequestRegistry.Status now_ = requests.stateOf(id).status;
            assertTrue(now_ != DataRequestRegistry.Status.None, "a created request vanished");
            assertTrue(handler.allowed(handler.ghostOf(id).lastStatus, now_), "status moved off the graph");
        }
    }

    function invariant_ghostCountsMatchTheChain() public view {
        uint256 n = handler.requestCount();
        uint256 delivered;
        uint256 confirmedOnChain;
        for (uint256 i; i < n; ++i) {
            DataRequestRegistry.Status s = requests.stateOf(handler.requestIdAt(i)).status;
            if (_delivered(s)) ++delivered;
            if (s == DataRequestRegistry.Status.Confirmed) ++confirmedOnChain;
        }
        assertEq(n, handler.created(), "requests created");
        assertEq(delivered, handler.fulfilled(), "fulfilments");
        assertEq(confirmedOnChain, handler.confirmed(), "confirmations");
    }

    function afterInvariant() public view {
        vm.assertGt(handler.created(), 0, "the handler never created a request");
    }

    // ------------------------------------------------------------ the handler reaches the end

    /// @dev A fixed walk through the handler: it can bring a request all the way to Confirmed,
    /// so the invariants above are exercised on delivered requests, not vacuously.
    function test_handler_drivesARequestToConfirmation() public {
        handler.create(0, 0, 0, 0, 0); // officer asks the traffic police
        handler.approve(0, 1); // captain2 approves
        handler.bindLetter(0, 1, 9, 1); // in-scope letter, bound by the office
        handler.acceptOrReject(0, 1, 1); // the traffic custodian accepts
        handler.fulfil(0, 1, 1, 1); // stamped by the traffic seal, under the bound letter
        handler.confirmReceipt(0, 1); // the creator confirms

        assertEq(handler.fulfilled(), 1, "fulfilled");
        assertEq(handler.confirmed(), 1, "confirmed");
        assertEq(
            uint256(requests.stateOf(handler.requestIdAt(0)).status),
            uint256(DataRequestRegistry.Status.Confirmed),
            "status"
        );
        invariant_fulfilledOnlyAfterAnIndependentCaptainsApproval();
        invariant_fulfilledOnlyUnderTheBoundLetterValidInScopeAndAimedAtTheFulfiller();
        invariant_statusOnlyMovesAlongTheGraph();
        invariant_ghostCountsMatchTheChain();
    }

    function test_handler_refusesWrongActorsAndKeepsTheGraph() public {
        handler.create(0, 6, 0, 0, 0); // a traffic officer, not entitled to the case
        assertEq(handler.created(), 0, "refused creation not counted");
        handler.create(0, 2, 0, 0, 0); // the captain files it himself
        handler.approve(0, 2); // ... and tries to approve it: refused
        assertEq(handler.approved(), 0, "self-approval refused");
        handler.approve(0, 1); // captain2 approves
        assertEq(handler.approved(), 1, "approved by the other captain");
        handler.bindLetter(0, 1, 0, 1); // letter missing a category: refused
        assertEq(handler.bound(), 0, "out-of-scope letter refused");
        handler.warp(7 hours); // past the six-hour deadline
        handler.expire(0);
        assertEq(handler.expired(), 1, "expired");
        vm.assertGt(handler.refused(), 2, "refusals counted");
        invariant_statusOnlyMovesAlongTheGraph();
        invariant_ghostCountsMatchTheChain();
    }

    function _delivered(DataRequestRegistry.Status s) private pure returns (bool) {
        return s == DataRequestRegistry.Status.Fulfilled || s == DataRequestRegistry.Status.Confirmed;
    }
}
