// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

// DataRequestRegistry.create: the officer files a request for another department's data in an
// open case his department is entitled to; everything about the request is checked here.

import {RequestBase} from "./RequestBase.sol";
import {DataRequestRegistry} from "yunxi/DataRequestRegistry.sol";
import {CaseRegistry} from "yunxi/CaseRegistry.sol";
import {Consortium} from "yunxi/Consortium.sol";
import {Roles} from "yunxi/Roles.sol";
import {ICaseRegistry} from "yunxi/interfaces/ICaseRegistry.sol";

contract RequestCreateTest is RequestBase {
    DataRequestRegistry.Request internal request;

    function setUp() public override {
        super.setUp();
        request = _requestFor(CASE_ID, 1);
    }

    function test_create_storesTheRequestAsCreatedUnderItsHash() public {
        bytes32 requestId = _create(request);

        assertEq(requestId, keccak256(abi.encode(request)), "id is the hash of the request");
        DataRequestRegistry.State memory s = requests.stateOf(requestId);
        assertEq(uint256(s.status), uint256(DataRequestRegistry.Status.Created), "status");
        assertEq(s.approver, address(0), "no approver yet");
        assertEq(s.letterId, bytes32(0), "no letter yet");
    }

    function test_create_emitsRequestCreatedWithTheWholeRequest() public {
        vm.warp(START + 5 minutes);
        DataRequestRegistry.Request memory r = _requestFor(CASE_ID, 7);
        vm.expectEmit(true, true, true, true, address(requests));
        emit DataRequestRegistry.RequestCreated(
            _id(r),
            CASE_ID,
            TRAFFIC,
            ENFORCEMENT,
            officer,
            VEHICLE_REGISTRATION | OWNER_REGISTRATION,
            r.queryCommitment,
            START + 5 minutes + 3 days,
            7,
            START + 5 minutes
        );
        _create(r);
    }

    function test_create_byACaptainWhoIsAlsoAnOfficer() public {
        request.creator = captain;
        _create(request);
        assertEq(uint256(_status(request)), uint256(DataRequestRegistry.Status.Created), "created by the captain");
    }

    function test_create_byAnOfficerOfADepartmentTheCaseWasHandedOffTo() public {
        vm.prank(officer);
        cases.handOff(CASE_ID, FIRE);
        request.requesterDepartment = FIRE;
        request.creator = fireOfficer;
        _create(request);
        assertEq(uint256(_status(request)), uint256(DataRequestRegistry.Status.Created), "created by the fire brigade");
    }

    function test_create_sameContentsWithAnotherSaltIsAnotherRequest() public {
        bytes32 first = _create(request);
        request.salt = 2;
        bytes32 second = _create(request);
        assertTrue(first != second, "distinct ids");
        assertEq(uint256(requests.stateOf(second).status), uint256(DataRequestRegistry.Status.Created), "second");
    }

    // ------------------------------------------------------------ caller

    function test_RevertWhen_create_callerIsNotTheCreator() public {
        vm.expectRevert(
            abi.encodeWithSelector(DataRequestRegistry.DataRequestRegistry_NotCreator.selector, officer2, officer)
        );
        vm.prank(officer2);
        requests.create(request);
    }

    function test_RevertWhen_create_creatorIsTheOffice() public {
        _expectCreateUnauthorised(office);
    }

    function test_RevertWhen_create_creatorIsAnAdmin() public {
        _expectCreateUnauthorised(enforcementAdmin);
    }

    function test_RevertWhen_create_creatorIsACustodian() public {
        _expectCreateUnauthorised(custodian);
    }

    function test_RevertWhen_create_creatorIsAnOutsider() public {
        _expectCreateUnauthorised(outsider);
    }

    function test_RevertWhen_create_creatorsCredentialExpired() public {
        _expireCredential(enforcementAdmin, officer, Roles.OFFICER);
        _expectCreateUnauthorised(officer);
    }

    function test_RevertWhen_create_creatorsDepartmentIsSuspended() public {
        _suspend(ENFORCEMENT);
        _expectCreateUnauthorised(officer);
    }

    function test_RevertWhen_create_officerOfADepartmentNotEntitledToTheCase() public {
        request.creator = trafficOfficer;
        request.requesterDepartment = TRAFFIC;
        request.targetDepartment = FIRE;
        vm.expectRevert(abi.encodeWithSelector(CaseRegistry.CaseRegistry_NotEntitled.selector, CASE_ID, TRAFFIC));
        vm.prank(trafficOfficer);
        requests.create(request);
    }

    function test_RevertWhen_create_requestNamesAnotherRequestingDepartment() public {
        request.requesterDepartment = FIRE;
        vm.expectRevert(
            abi.encodeWithSelector(DataRequestRegistry.DataRequestRegistry_WrongDepartment.selector, FIRE, ENFORCEMENT)
        );
        vm.prank(officer);
        requests.create(request);
    }

    // ------------------------------------------------------------ contents

    function test_RevertWhen_create_caseIsUnknown() public {
        request.caseId = CASE_2;
        vm.expectRevert(abi.encodeWithSelector(CaseRegistry.CaseRegistry_UnknownCase.selector, CASE_2));
        vm.prank(officer);
        requests.create(request);
    }

    function test_RevertWhen_create_caseIsClosed() public {
        vm.prank(captain);
        cases.close(CASE_ID, ICaseRegistry.CloseResult.NoPenalty, keccak256("summary"));
        vm.expectRevert(abi.encodeWithSelector(DataRequestRegistry.DataRequestRegistry_CaseClosed.selector, CASE_ID));
        vm.prank(officer);
        requests.create(request);
    }

    function test_RevertWhen_create_targetIsTheOwnDepartment() public {
        _expectInvalidTarget(ENFORCEMENT);
    }

    function test_RevertWhen_create_targetIsUnknown() public {
        _expectInvalidTarget(UNKNOWN_DEPARTMENT);
    }

    function test_RevertWhen_create_targetIsSuspended() public {
        _suspend(TRAFFIC);
        _expectInvalidTarget(TRAFFIC);
    }

    function test_RevertWhen_create_noCategories() public {
        request.categories = 0;
        vm.expectRevert(abi.encodeWithSelector(DataRequestRegistry.DataRequestRegistry_NoCategories.selector));
        vm.prank(officer);
        requests.create(request);
    }

    function test_RevertWhen_create_deadlineIsNow() public {
        _expectInvalidDeadline(START);
    }

    function test_RevertWhen_create_deadlineIsPast() public {
        _expectInvalidDeadline(START - 1 days);
    }

    function test_RevertWhen_create_requestExists() public {
        bytes32 requestId = _create(request);
        vm.expectRevert(
            abi.encodeWithSelector(DataRequestRegistry.DataRequestRegistry_RequestExists.selector, requestId)
        );
        vm.prank(officer);
        requests.create(request);
    }

    function test_RevertWhen_create_requestExistsEvenAfterItEnded() public {
        bytes32 requestId = _create(request);
        vm.prank(officer);
        requests.cancel(request);
        vm.expectRevert(
            abi.encodeWithSelector(DataRequestRegistry.DataRequestRegistry_RequestExists.selector, requestId)
        );
        vm.prank(officer);
        requests.create(request);
    }

    // ------------------------------------------------------------ helpers

    function _expectCreateUnauthorised(address creator) private {
        request.creator = creator;
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_Unauthorised.selector, creator, Roles.OFFICER));
        vm.prank(creator);
        requests.create(request);
    }

    function _expectInvalidTarget(bytes32 target) private {
        request.targetDepartment = target;
        vm.expectRevert(abi.encodeWithSelector(DataRequestRegistry.DataRequestRegistry_InvalidTarget.selector, target));
        vm.prank(officer);
        requests.create(request);
    }

    function _expectInvalidDeadline(uint64 deadline) private {
        request.deadline = deadline;
        vm.expectRevert(
            abi.encodeWithSelector(DataRequestRegistry.DataRequestRegistry_InvalidDeadline.selector, deadline)
        );
        vm.prank(officer);
        requests.create(request);
    }
}
