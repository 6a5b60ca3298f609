// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

// DataRequestRegistry.bindLetter: the bureau office binds the introduction letter to the
// approved request; the letter must be valid now and cover exactly this request (request id,
// case, target, issuing department, holder = creator, categories ⊇ the request's).

import {RequestBase} from "./RequestBase.sol";
import {DataRequestRegistry} from "yunxi/DataRequestRegistry.sol";
import {LetterRegistry} from "yunxi/LetterRegistry.sol";
import {Consortium} from "yunxi/Consortium.sol";
import {Roles} from "yunxi/Roles.sol";
import {ILetterRegistry} from "yunxi/interfaces/ILetterRegistry.sol";

contract RequestBindLetterTest is RequestBase {
    DataRequestRegistry.Request internal request;
    bytes32 internal requestId;

    function setUp() public override {
        super.setUp();
        _openCase(CASE_2);
        request = _requestFor(CASE_ID, 1);
        requestId = _id(request);
        _advance(request, DataRequestRegistry.Status.Approved);
        vm.warp(START + 1 hours);
    }

    function test_bindLetter_bindsAndEmits() public {
        ILetterRegistry.Letter memory letter = _issueFor(request);
        bytes32 letterId = _letterDigest(letter);

        vm.expectEmit(true, true, true, true, address(requests));
        emit DataRequestRegistry.LetterBound(requestId, letterId, office, START + 1 hours);
        _bind(request, letter);

        DataRequestRegistry.State memory s = requests.stateOf(requestId);
        assertEq(uint256(s.status), uint256(DataRequestRegistry.Status.LetterBound), "status");
        assertEq(s.letterId, letterId, "bound letter");
        assertEq(s.approver, captain, "approver kept");
    }

    function test_bindLetter_letterCoveringMoreCategories() public {
        ILetterRegistry.Letter memory letter = _letterFor(request);
        letter.categories = type(uint256).max;
        _issue(letter);
        _bind(request, letter);
        assertEq(requests.stateOf(requestId).letterId, _letterDigest(letter), "wider letter bound");
    }

    function test_bindLetter_byAnotherOfficeMemberThanTheIssuer() public {
        address office2 = _newMember("office2", enforcementAdmin, Roles.OFFICE);
        ILetterRegistry.Letter memory letter = _issueFor(request);
        vm.prank(office2);
        requests.bindLetter(request, letter);
        assertEq(uint256(_status(request)), uint256(DataRequestRegistry.Status.LetterBound), "bound by a colleague");
    }

    // ------------------------------------------------------------ caller and status

    function test_RevertWhen_bindLetter_callerIsTheCreator() public {
        _expectBindUnauthorised(officer);
    }

    function test_RevertWhen_bindLetter_callerIsTheCaptain() public {
        _expectBindUnauthorised(captain);
    }

    function test_RevertWhen_bindLetter_callerIsAnOutsider() public {
        _expectBindUnauthorised(outsider);
    }

    function test_RevertWhen_bindLetter_requestingDepartmentIsSuspended() public {
        ILetterRegistry.Letter memory letter = _issueFor(request);
        _suspend(ENFORCEMENT);
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_Unauthorised.selector, office, Roles.OFFICE));
        vm.prank(office);
        requests.bindLetter(request, letter);
    }

    function test_RevertWhen_bindLetter_callerIsTheOfficeOfTheTargetDepartment() public {
        ILetterRegistry.Letter memory letter = _issueFor(request);
        vm.expectRevert(
            abi.encodeWithSelector(
                DataRequestRegistry.DataRequestRegistry_WrongDepartment.selector, ENFORCEMENT, TRAFFIC
            )
        );
        vm.prank(trafficOffice);
        requests.bindLetter(request, letter);
    }

    function test_RevertWhen_bindLetter_requestIsNotApproved() public {
        DataRequestRegistry.Request memory created = _requestFor(CASE_ID, 2);
        _create(created);
        ILetterRegistry.Letter memory letter = _issueFor(created);
        vm.expectRevert(_statusError(created, DataRequestRegistry.Status.Created));
        _bind(created, letter);
    }

    function test_RevertWhen_bindLetter_letterAlreadyBound() public {
        ILetterRegistry.Letter memory letter = _issueFor(request);
        _bind(request, letter);
        ILetterRegistry.Letter memory second = _issueFor(request);
        vm.expectRevert(_statusError(request, DataRequestRegistry.Status.LetterBound));
        _bind(request, second);
    }

    function test_RevertWhen_bindLetter_requestIsUnknown() public {
        DataRequestRegistry.Request memory unknown = _requestFor(CASE_ID, 99);
        ILetterRegistry.Letter memory letter = _letterFor(unknown);
        vm.expectRevert(
            abi.encodeWithSelector(DataRequestRegistry.DataRequestRegistry_UnknownRequest.selector, _id(unknown))
        );
        _bind(unknown, letter);
    }

    function test_RevertWhen_bindLetter_requestDeadlinePassed() public {
        ILetterRegistry.Letter memory letter = _issueFor(request);
        vm.warp(request.deadline + 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                DataRequestRegistry.DataRequestRegistry_RequestExpired.selector, requestId, request.deadline
            )
        );
        _bind(request, letter);
    }

    // ------------------------------------------------------------ letter validity

    function test_RevertWhen_bindLetter_letterIsUnregistered() public {
        ILetterRegistry.Letter memory letter = _letterFor(request);
        vm.expectRevert(
            abi.encodeWithSelector(LetterRegistry.LetterRegistry_UnknownLetter.selector, _letterDigest(letter))
        );
        _bind(request, letter);
    }

    function test_RevertWhen_bindLetter_letterIsRevoked() public {
        ILetterRegistry.Letter memory letter = _issueFor(request);
        _revoke(_letterDigest(letter));
        vm.expectRevert(
            abi.encodeWithSelector(
                LetterRegistry.LetterRegistry_Revoked.selector, _letterDigest(letter), START + 1 hours
            )
        );
        _bind(request, letter);
    }

    function test_RevertWhen_bindLetter_letterExpired() public {
        ILetterRegistry.Letter memory letter = _letterFor(request);
        letter.validUntil = START + 2 hours;
        _issue(letter);
        vm.warp(START + 2 hours + 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                LetterRegistry.LetterRegistry_LetterExpired.selector, _letterDigest(letter), START + 2 hours
            )
        );
        _bind(request, letter);
    }

    function test_RevertWhen_bindLetter_letterNotYetValid() public {
        ILetterRegistry.Letter memory letter = _letterFor(request);
        letter.validFrom = START + 1 days;
        _issue(letter);
        vm.expectRevert(
            abi.encodeWithSelector(
                LetterRegistry.LetterRegistry_NotYetValid.selector, _letterDigest(letter), START + 1 days
            )
        );
        _bind(request, letter);
    }

    // ------------------------------------------------------------ letter scope

    function test_RevertWhen_bindLetter_letterIsForAnotherRequest() public {
        ILetterRegistry.Letter memory letter = _letterFor(request);
        letter.requestId = keccak256("another request");
        _expectOutOfScope(letter);
    }

    function test_RevertWhen_bindLetter_letterIsForAnotherCase() public {
        ILetterRegistry.Letter memory letter = _letterFor(request);
        letter.caseId = CASE_2;
        _expectOutOfScope(letter);
    }

    function test_RevertWhen_bindLetter_letterIsAddressedToAnotherDepartment() public {
        ILetterRegistry.Letter memory letter = _letterFor(request);
        letter.targetDepartment = FIRE;
        _expectOutOfScope(letter);
    }

    function test_RevertWhen_bindLetter_letterIsHeldByAnotherOfficer() public {
        ILetterRegistry.Letter memory letter = _letterFor(request);
        letter.holder = officer2;
        _expectOutOfScope(letter);
    }

    function test_RevertWhen_bindLetter_letterMissesACategory() public {
        ILetterRegistry.Letter memory letter = _letterFor(request);
        letter.categories = VEHICLE_REGISTRATION | BUSINESS_LICENCE;
        _expectOutOfScope(letter);
    }

    function test_RevertWhen_bindLetter_letterIsIssuedByAnotherDepartment() public {
        // Only the issuing department differs: the case is handed off to the fire brigade, the
        // creator now serves there and the fire brigade's office introduces him to the traffic police.
        vm.prank(officer);
        cases.handOff(CASE_ID, FIRE);
        address fireOffice = _newMember("fireOffice", fireAdmin, Roles.OFFICE);
        vm.prank(enforcementAdmin);
        consortium.removeMember(officer);
        _newMemberAccount(fireAdmin, officer, Roles.OFFICER);

        ILetterRegistry.Letter memory letter = _letterFor(request);
        letter.issuerDepartment = FIRE;
        letter.issuer = fireOffice;
        letter.nonce = 0;
        _issue(letter);
        vm.expectRevert(
            abi.encodeWithSelector(
                DataRequestRegistry.DataRequestRegistry_LetterOutOfScope.selector, requestId, _letterDigest(letter)
            )
        );
        _bind(request, letter);
    }

    // ------------------------------------------------------------ helpers

    function _newMemberAccount(address admin, address account, uint16 roles) private {
        _setMember(admin, account, roles, uint64(block.timestamp) + CREDENTIAL_VALID_FOR);
    }

    function _expectBindUnauthorised(address caller) private {
        ILetterRegistry.Letter memory letter = _issueFor(request);
        vm.expectRevert(abi.encodeWithSelector(Consortium.Consortium_Unauthorised.selector, caller, Roles.OFFICE));
        vm.prank(caller);
        requests.bindLetter(request, letter);
    }

    /// @dev Issues `letter` (valid, registered) and expects binding it to be refused as out of scope.
    function _expectOutOfScope(ILetterRegistry.Letter memory letter) private {
        bytes32 letterId = _issue(letter);
        vm.expectRevert(
            abi.encodeWithSelector(
                DataRequestRegistry.DataRequestRegistry_LetterOutOfScope.selector, requestId, letterId
            )
        );
        _bind(request, letter);
        assertEq(uint256(_status(request)), uint256(DataRequestRegistry.Status.Approved), "still approved");
    }
}
