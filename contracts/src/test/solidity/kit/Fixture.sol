// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {TestBase} from "./TestBase.sol";
import {Consortium} from "yunxi/Consortium.sol";
import {CaseRegistry} from "yunxi/CaseRegistry.sol";
import {EvidenceRegistry} from "yunxi/EvidenceRegistry.sol";
import {LetterRegistry} from "yunxi/LetterRegistry.sol";
import {DataRequestRegistry} from "yunxi/DataRequestRegistry.sol";
import {Roles} from "yunxi/Roles.sol";
import {ILetterRegistry} from "yunxi/interfaces/ILetterRegistry.sol";

/// @notice The seed's consortium (Jiangbei district), deployed and bootstrapped the way a real
/// deployment is: Consortium → CaseRegistry → EvidenceRegistry → LetterRegistry →
/// DataRequestRegistry, the evidence registry linked to the request registry, departments and
/// members registered, bootstrap finished (the deployer — this test — keeps no power).
abstract contract Fixture is TestBase {
    // Departments
    bytes32 internal constant ENFORCEMENT = "JB-ZHXZZF"; // 综合行政执法局 (Hongtang squadron)
    bytes32 internal constant TRAFFIC = "JB-JJDD"; // 交警大队
    bytes32 internal constant FIRE = "JB-XFJYDD"; // 消防救援大队
    bytes32 internal constant HOUSING = "JB-ZJJ"; // 住建局
    bytes32 internal constant MARKET = "JB-SCJGJ"; // 市场监管局
    bytes32 internal constant SUPERVISION = "JB-ZFJD"; // 执法监督 (auditors)

    // Data categories (bit mask)
    uint256 internal constant VEHICLE_REGISTRATION = 1 << 0; // 车辆登记信息
    uint256 internal constant OWNER_REGISTRATION = 1 << 1; // 车主登记信息
    uint256 internal constant BUSINESS_LICENCE = 1 << 2;

    // A realistic clock: 2026-11-28 09:00 Beijing time.
    uint64 internal constant START = 1_795_828_800;
    uint64 internal constant CREDENTIAL_VALID_FOR = 365 days;

    bytes32 internal constant CASE_ID = keccak256(unicode"甬江北综执立字〔2026〕第0001号");
    uint16 internal constant CASE_TYPE_GREEN_SPACE = 101;

    Consortium internal consortium;
    CaseRegistry internal cases;
    EvidenceRegistry internal evidence;
    LetterRegistry internal letters;
    DataRequestRegistry internal requests;

    // People
    address internal officer; // 洪塘中队 执法队员
    address internal officer2;
    address internal captain; // 洪塘中队 队长
    address internal office; // 局办公室
    address internal enforcementAdmin;
    address internal custodian; // 交警大队 data custodian
    address internal trafficOfficer;
    address internal trafficCaptain;
    address internal trafficOffice;
    address internal trafficAdmin;
    address internal fireOfficer;
    address internal fireCaptain;
    address internal fireAdmin;
    address internal housingAdmin;
    address internal marketAdmin;
    address internal marketCustodian;
    address internal auditor; // 执法监督
    address internal supervisionAdmin;
    address internal outsider; // not a member of anything

    mapping(bytes32 department => uint256) internal sealKeyOf;

    function setUp() public virtual {
        vm.warp(START);
        consortium = new Consortium();
        cases = new CaseRegistry(consortium);
        evidence = new EvidenceRegistry(consortium, cases);
        letters = new LetterRegistry(consortium, cases);
        requests = new DataRequestRegistry(consortium, cases, letters, evidence);
        evidence.linkRequestRegistry(address(requests));

        _department(ENFORCEMENT, unicode"宁波市江北区综合行政执法局");
        _department(TRAFFIC, unicode"宁波市公安局江北分局交通警察大队");
        _department(FIRE, unicode"宁波市江北区消防救援大队");
        _department(HOUSING, unicode"宁波市江北区住房和建设交通局");
        _department(MARKET, unicode"宁波市江北区市场监督管理局");
        _department(SUPERVISION, unicode"宁波市江北区司法局 执法监督科");

        officer = _member("officer", ENFORCEMENT, Roles.OFFICER);
        officer2 = _member("officer2", ENFORCEMENT, Roles.OFFICER);
        captain = _member("captain", ENFORCEMENT, Roles.CAPTAIN | Roles.OFFICER);
        office = _member("office", ENFORCEMENT, Roles.OFFICE);
        enforcementAdmin = _member("enforcementAdmin", ENFORCEMENT, Roles.ADMIN);
        custodian = _member("custodian", TRAFFIC, Roles.CUSTODIAN);
        trafficOfficer = _member("trafficOfficer", TRAFFIC, Roles.OFFICER);
        trafficCaptain = _member("trafficCaptain", TRAFFIC, Roles.CAPTAIN);
        trafficOffice = _member("trafficOffice", TRAFFIC, Roles.OFFICE);
        trafficAdmin = _member("trafficAdmin", TRAFFIC, Roles.ADMIN);
        fireOfficer = _member("fireOfficer", FIRE, Roles.OFFICER);
        fireCaptain = _member("fireCaptain", FIRE, Roles.CAPTAIN);
        fireAdmin = _member("fireAdmin", FIRE, Roles.ADMIN);
        housingAdmin = _member("housingAdmin", HOUSING, Roles.ADMIN);
        marketAdmin = _member("marketAdmin", MARKET, Roles.ADMIN);
        marketCustodian = _member("marketCustodian", MARKET, Roles.CUSTODIAN);
        auditor = _member("auditor", SUPERVISION, Roles.AUDITOR);
        supervisionAdmin = _member("supervisionAdmin", SUPERVISION, Roles.ADMIN);
        outsider = makeAddr("outsider");

        consortium.finishBootstrap();
    }

    // ------------------------------------------------------------ setup helpers

    function _department(bytes32 code, string memory name) internal {
        uint256 sealKey = keyOf(string.concat("seal:", name));
        sealKeyOf[code] = sealKey;
        consortium.bootstrapDepartment(code, keccak256(bytes(name)), vm.addr(sealKey), encryptionKeyFor(code));
    }

    function _member(string memory name, bytes32 department, uint16 roles) internal returns (address account) {
        account = makeAddr(name);
        bool credentialed = roles & Roles.CREDENTIALED != 0;
        consortium.bootstrapMember(
            account,
            department,
            roles,
            credentialed ? keccak256(bytes(string.concat("credential:", name))) : bytes32(0),
            credentialed ? START + CREDENTIAL_VALID_FOR : 0
        );
    }

    /// @dev A 64-byte public key stand-in (x ‖ y); its value is not checked on chain.
    function encryptionKeyFor(bytes32 code) internal pure returns (bytes memory) {
        return abi.encodePacked(keccak256(abi.encode("x", code)), keccak256(abi.encode("y", code)));
    }

    // ------------------------------------------------------------ consortium helpers

    /// @dev Suspends `department` the only way there is: a proposal approved by the admins of the
    /// five other departments (more than two thirds of six), then executed.
    function _suspend(bytes32 department) internal virtual {
        address[6] memory admins =
            [enforcementAdmin, trafficAdmin, fireAdmin, housingAdmin, marketAdmin, supervisionAdmin];
        bytes32[6] memory codes = [ENFORCEMENT, TRAFFIC, FIRE, HOUSING, MARKET, SUPERVISION];
        uint256 proposalId;
        address last;
        for (uint256 i; i < 6; ++i) {
            if (codes[i] == department) continue;
            vm.prank(admins[i]);
            if (proposalId == 0) {
                proposalId = consortium.propose(
                    Consortium.ProposalAction.SuspendDepartment, department, bytes32(0), address(0), "", address(0)
                );
            } else {
                consortium.approve(proposalId);
            }
            last = admins[i];
        }
        vm.prank(last);
        consortium.execute(proposalId);
    }

    // ------------------------------------------------------------ case helpers

    function _openCase(bytes32 caseId) internal {
        vm.prank(officer);
        cases.open(caseId, CASE_TYPE_GREEN_SPACE, false);
    }

    function _decision(uint64 fineFen) internal view returns (CaseRegistry.Decision memory) {
        uint64 now_ = uint64(block.timestamp);
        return CaseRegistry.Decision({
            decisionHash: keccak256("penalty decision"),
            provisionsHash: keccak256(unicode"《浙江省城市绿化管理办法》第二十九条"),
            fineFen: fineFen,
            paymentDue: fineFen == 0 ? 0 : now_ + 15 days,
            reviewDeadline: now_ + 60 days
        });
    }

    // ------------------------------------------------------------ request helpers

    function _requestFor(bytes32 caseId, uint64 salt) internal view returns (DataRequestRegistry.Request memory) {
        return DataRequestRegistry.Request({
            caseId: caseId,
            requesterDepartment: ENFORCEMENT,
            targetDepartment: TRAFFIC,
            categories: VEHICLE_REGISTRATION | OWNER_REGISTRATION,
            queryCommitment: keccak256(abi.encode(unicode"浙B12345", salt)),
            creator: officer,
            deadline: uint64(block.timestamp) + 3 days,
            salt: salt
        });
    }

    function _letterFor(DataRequestRegistry.Request memory request)
        internal
        view
        returns (ILetterRegistry.Letter memory)
    {
        return ILetterRegistry.Letter({
            issuerDepartment: request.requesterDepartment,
            issuer: office,
            holder: request.creator,
            targetDepartment: request.targetDepartment,
            caseId: request.caseId,
            requestId: keccak256(abi.encode(request)),
            categories: request.categories,
            purposeHash: keccak256(unicode"查询涉案车辆及车主登记信息"),
            validFrom: uint64(block.timestamp),
            validUntil: uint64(block.timestamp) + 7 days,
            nonce: letters.nonceOf(office)
        });
    }

    function _stamp(bytes32 department, bytes32 requestId, bytes32 responseHash, bytes32 blobRef, uint64 deadline)
        internal
        view
        returns (bytes memory)
    {
        return signDigest(sealKeyOf[department], requests.stampDigest(requestId, responseHash, blobRef, deadline));
    }

    /// @dev Plays the seed's request up to (and including) `last`.
    function _advance(DataRequestRegistry.Request memory request, DataRequestRegistry.Status last)
        internal
        returns (ILetterRegistry.Letter memory letter)
    {
        vm.prank(request.creator);
        requests.create(request);
        if (last == DataRequestRegistry.Status.Created) return letter;
        vm.prank(captain);
        requests.approve(request);
        if (last == DataRequestRegistry.Status.Approved) return letter;
        letter = _letterFor(request);
        vm.prank(office);
        letters.issue(letter);
        vm.prank(office);
        requests.bindLetter(request, letter);
        if (last == DataRequestRegistry.Status.LetterBound) return letter;
        vm.prank(custodian);
        requests.accept(request);
        if (last == DataRequestRegistry.Status.Accepted) return letter;
        bytes32 requestId = keccak256(abi.encode(request));
        uint64 stampDeadline = uint64(block.timestamp) + 1 hours;
        bytes memory stamp = _stamp(TRAFFIC, requestId, RESPONSE_HASH, RESPONSE_BLOB, stampDeadline);
        vm.prank(custodian);
        requests.fulfil(request, letter, RESPONSE_HASH, RESPONSE_BLOB, stampDeadline, stamp);
        if (last == DataRequestRegistry.Status.Fulfilled) return letter;
        vm.prank(request.creator);
        requests.confirmReceipt(request);
    }

    bytes32 internal constant RESPONSE_HASH = keccak256("stamped owner registration record");
    bytes32 internal constant RESPONSE_BLOB = keccak256("encrypted owner registration blob");

    // Evidence defaults
    // A stand-in digest (a constant sha256(...) would be a precompile call and swallow a prank).
    bytes32 internal constant PHOTO_SHA256 = keccak256("sha256 of the photo");
    bytes32 internal constant PHOTO_SM3 = keccak256("sm3 of the photo");
    bytes32 internal constant PHOTO_BLOB = keccak256("encrypted photo blob");
    bytes32 internal constant PHOTO_META = keccak256(unicode"2026-11-28 08:12 洪塘 PDA-07");
    uint8 internal constant KIND_PHOTO = 1;
    uint8 internal constant KIND_VIDEO = 2;
}
