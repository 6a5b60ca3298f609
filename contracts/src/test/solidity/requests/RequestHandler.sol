// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

// The invariant handler of RequestInvariant.t.sol: drives many data requests through random steps
// with random actors (mostly the right one, sometimes a wrong one), random time warps, letters
// issued in and out of scope and letters revoked at random. It keeps ghost records per request:
// the approver and whether he was a CAPTAIN of the requesting department, the bound letter, and
// for each successful fulfilment the letter used, its validity and revocation at that block and
// the fulfiller's department and role. Every action notes status changes that leave the graph.

import {Vm} from "yunxi-test/kit/Vm.sol";
import {Consortium} from "yunxi/Consortium.sol";
import {LetterRegistry} from "yunxi/LetterRegistry.sol";
import {DataRequestRegistry} from "yunxi/DataRequestRegistry.sol";
import {Roles} from "yunxi/Roles.sol";
import {ILetterRegistry} from "yunxi/interfaces/ILetterRegistry.sol";

contract RequestHandler {
    Vm private constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    bytes32 private constant ENFORCEMENT = "JB-ZHXZZF";
    bytes32 private constant TRAFFIC = "JB-JJDD";
    bytes32 private constant FIRE = "JB-XFJYDD";

    struct People {
        address officer;
        address officer2;
        address captain;
        address captain2;
        address office;
        address trafficCustodian;
        address fireCustodian;
        address marketCustodian;
        address trafficOfficer;
        address trafficCaptain;
        address trafficOffice;
        address outsider;
    }

    struct Ghost {
        DataRequestRegistry.Request request;
        DataRequestRegistry.Status lastStatus;
        address approver;
        bool approverWasCaptainOfRequester;
        ILetterRegistry.Letter boundLetter;
        bytes32 boundLetterId;
        bool fulfilled;
        uint64 fulfilledAt;
        ILetterRegistry.Letter fulfilLetter;
        bytes32 fulfilLetterId;
        bool letterValidAtFulfil;
        bool letterRevokedAtFulfil;
        bytes32 fulfillerDepartment;
        bool fulfillerWasCustodian;
    }

    Consortium private immutable _consortium;
    LetterRegistry private immutable _letters;
    DataRequestRegistry private immutable _requests;
    People private _p;
    bytes32[2] private _cases;
    mapping(bytes32 department => uint256) private _sealKeys;
    uint256 private immutable _wrongKey;

    address[] private _everyone;
    bytes32[] private _ids;
    mapping(bytes32 requestId => Ghost) private _ghosts;
    ILetterRegistry.Letter[] private _issued;
    uint64 private _now;
    uint64 private _salt;

    // ghost counters
    uint256 public created;
    uint256 public approved;
    uint256 public bound;
    uint256 public accepted;
    uint256 public rejected;
    uint256 public fulfilled;
    uint256 public confirmed;
    uint256 public cancelled;
    uint256 public expired;
    uint256 public revoked;
    uint256 public refused;
    uint256 public badTransitions;

    constructor(
        Consortium consortium_,
        LetterRegistry letters_,
        DataRequestRegistry requests_,
        People memory people,
        bytes32[2] memory cases_,
        uint256 trafficSealKey,
        uint256 fireSealKey,
        uint256 wrongKey
    ) {
        _consortium = consortium_;
        _letters = letters_;
        _requests = requests_;
        _p = people;
        _cases = cases_;
        _sealKeys[TRAFFIC] = trafficSealKey;
        _sealKeys[FIRE] = fireSealKey;
        _wrongKey = wrongKey;
        _now = uint64(block.timestamp);
        address[12] memory all = [
            people.officer,
            people.officer2,
            people.captain,
            people.captain2,
            people.office,
            people.trafficCustodian,
            people.fireCustodian,
            people.marketCustodian,
            people.trafficOfficer,
            people.trafficCaptain,
            people.trafficOffice,
            people.outsider
        ];
        for (uint256 i; i < all.length; ++i) {
            _everyone.push(all[i]);
        }
    }

    modifier step() {
        vm.warp(_now); // the clock of this run, whatever the runner does between calls
        _;
        _observe();
    }

    // ------------------------------------------------------------ actions

    function create(uint256 caseSeed, uint256 creatorSeed, uint256 targetSeed, uint256 categorySeed, uint256 lifeSeed)
        external
        step
    {
        DataRequestRegistry.Request memory r = _newRequest(caseSeed, categorySeed, lifeSeed);
        uint256 c = creatorSeed % 8;
        r.creator = c < 6 ? [_p.officer, _p.officer2, _p.captain][c % 3] : (c == 6 ? _p.trafficOfficer : _p.office);
        uint256 t = targetSeed % 8;
        r.targetDepartment = t < 5 ? TRAFFIC : (t < 7 ? FIRE : ENFORCEMENT);
        _tryCreate(r);
    }

    function approve(uint256 requestSeed, uint256 actorSeed) external step {
        (bytes32 id, bool found) = _pickOrProgress(requestSeed, DataRequestRegistry.Status.Created);
        if (!found) return;
        address actor = _actor(actorSeed, actorSeed % 2 == 0 ? _p.captain : _p.captain2, _p.trafficCaptain);
        _doApprove(id, actor);
    }

    function bindLetter(uint256 requestSeed, uint256 actorSeed, uint256 tamperSeed, uint256 windowSeed) external step {
        (bytes32 id, bool found) = _pickOrProgress(requestSeed, DataRequestRegistry.Status.Approved);
        if (!found) return;
        DataRequestRegistry.Request memory r = _ghosts[id].request;
        ILetterRegistry.Letter memory l = _letterFor(id, r, windowSeed);
        _tamper(l, r, tamperSeed);
        _doBind(id, _actor(actorSeed, _p.office, _p.trafficOffice), l);
    }

    function acceptOrReject(uint256 requestSeed, uint256 actorSeed, uint256 rejectSeed) external step {
        bool rejecting = rejectSeed % 6 == 0;
        DataRequestRegistry.Status from = rejecting && rejectSeed % 12 == 0
            ? DataRequestRegistry.Status.Accepted
            : DataRequestRegistry.Status.LetterBound;
        (bytes32 id, bool found) = _pickOrProgress(requestSeed, from);
        if (!found) return;
        DataRequestRegistry.Request memory r = _ghosts[id].request;
        address actor =
            _actor(actorSeed, _custodianOf(r.targetDepartment), _otherCustodian(r.targetDepartment, actorSeed));
        if (!rejecting) return _doAccept(id, actor);
        vm.prank(actor);
        try _requests.reject(r, keccak256("reason")) {
            ++rejected;
        } catch {
            ++refused;
        }
    }

    function fulfil(uint256 requestSeed, uint256 actorSeed, uint256 stampSeed, uint256 letterSeed) external step {
        (bytes32 id, bool found) = _pickOrProgress(requestSeed, DataRequestRegistry.Status.Accepted);
        if (!found) return;
        Ghost storage g = _ghosts[id];
        bytes32 target = g.request.targetDepartment;
        address actor = _actor(actorSeed, _custodianOf(target), _otherCustodian(target, actorSeed));
        // Mostly the bound letter; sometimes any letter issued in this run.
        ILetterRegistry.Letter memory l = g.boundLetter;
        if (letterSeed % 8 == 0 && _issued.length != 0) l = _issued[letterSeed % _issued.length];
        _doFulfil(id, actor, l, _response(id, target, stampSeed));
    }

    function confirmReceipt(uint256 requestSeed, uint256 actorSeed) external step {
        (bytes32 id, bool found) = _pickOrProgress(requestSeed, DataRequestRegistry.Status.Fulfilled);
        if (!found) return;
        DataRequestRegistry.Request memory r = _ghosts[id].request;
        address actor = _actor(actorSeed, r.creator, r.creator == _p.officer ? _p.officer2 : _p.officer);
        vm.prank(actor);
        try _requests.confirmReceipt(r) {
            ++confirmed;
        } catch {
            ++refused;
        }
    }

    function cancel(uint256 requestSeed, uint256 actorSeed) external step {
        if (_ids.length == 0) return _createValid();
        DataRequestRegistry.Request memory r = _ghosts[_ids[requestSeed % _ids.length]].request;
        uint256 a = actorSeed % 5;
        address actor = a == 0 ? r.creator : (a == 1 ? _p.captain : (a == 2 ? _p.captain2 : _anyone(actorSeed)));
        vm.prank(actor);
        try _requests.cancel(r) {
            ++cancelled;
        } catch {
            ++refused;
        }
    }

    function expire(uint256 requestSeed) external step {
        if (_ids.length == 0) return _createValid();
        DataRequestRegistry.Request memory r = _ghosts[_ids[requestSeed % _ids.length]].request;
        vm.prank(_p.outsider);
        try _requests.expire(r) {
            ++expired;
        } catch {
            ++refused;
        }
    }

    function revokeLetter(uint256 letterSeed) external step {
        if (_issued.length == 0) return;
        bytes32 letterId = _letters.idOf(_issued[letterSeed % _issued.length]);
        vm.prank(_p.office);
        try _letters.revoke(letterId, keccak256("revoked")) {
            ++revoked;
        } catch {
            ++refused;
        }
    }

    function warp(uint256 secondsSeed) external step {
        _now += _u64(1 minutes + secondsSeed % 8 hours);
        vm.warp(_now);
    }

    // ------------------------------------------------------------ views for the invariants

    function requestCount() external view returns (uint256) {
        return _ids.length;
    }

    function requestIdAt(uint256 i) external view returns (bytes32) {
        return _ids[i];
    }

    function ghostOf(bytes32 requestId) external view returns (Ghost memory) {
        return _ghosts[requestId];
    }

    /// @notice Whether `from → to` is an edge of the request status graph (or no change).
    function allowed(DataRequestRegistry.Status from, DataRequestRegistry.Status to) public pure returns (bool) {
        if (from == to) return true;
        if (from == DataRequestRegistry.Status.None) return to == DataRequestRegistry.Status.Created;
        if (from == DataRequestRegistry.Status.Created) {
            return to == DataRequestRegistry.Status.Approved || to == DataRequestRegistry.Status.Cancelled
                || to == DataRequestRegistry.Status.Expired;
        }
        if (from == DataRequestRegistry.Status.Approved) {
            return to == DataRequestRegistry.Status.LetterBound || to == DataRequestRegistry.Status.Cancelled
                || to == DataRequestRegistry.Status.Expired;
        }
        if (from == DataRequestRegistry.Status.LetterBound) {
            return to == DataRequestRegistry.Status.Accepted || to == DataRequestRegistry.Status.Rejected
                || to == DataRequestRegistry.Status.Cancelled || to == DataRequestRegistry.Status.Expired;
        }
        if (from == DataRequestRegistry.Status.Accepted) {
            return to == DataRequestRegistry.Status.Fulfilled || to == DataRequestRegistry.Status.Rejected
                || to == DataRequestRegistry.Status.Expired;
        }
        if (from == DataRequestRegistry.Status.Fulfilled) return to == DataRequestRegistry.Status.Confirmed;
        return false; // Rejected, Confirmed, Cancelled and Expired are final
    }

    // ------------------------------------------------------------ internals

    /// @dev Compares every request's status with the one seen last and counts illegal moves.
    function _observe() private {
        for (uint256 i; i < _ids.length; ++i) {
            Ghost storage g = _ghosts[_ids[i]];
            DataRequestRegistry.Status s = _requests.stateOf(_ids[i]).status;
            if (!allowed(g.lastStatus, s)) ++badTransitions;
            g.lastStatus = s;
        }
    }

    function _newRequest(uint256 caseSeed, uint256 categorySeed, uint256 lifeSeed)
        private
        returns (DataRequestRegistry.Request memory r)
    {
        r.caseId = _cases[caseSeed % 2];
        r.requesterDepartment = ENFORCEMENT;
        r.targetDepartment = TRAFFIC;
        r.categories = 1 + categorySeed % 7;
        r.salt = ++_salt;
        r.queryCommitment = keccak256(abi.encode("plate", r.salt));
        r.creator = _p.officer;
        r.deadline = _now + _u64(6 hours + lifeSeed % 4 days);
    }

    function _tryCreate(DataRequestRegistry.Request memory r) private {
        vm.prank(r.creator);
        try _requests.create(r) returns (bytes32 id) {
            _ids.push(id);
            Ghost storage g = _ghosts[id];
            g.request = r;
            ++created;
        } catch {
            ++refused;
        }
    }

    function _createValid() private {
        _tryCreate(_newRequest(_salt, _salt, _salt * 7919));
    }

    /// @dev The first request at or after `seed` with `status`.
    function _pick(uint256 seed, DataRequestRegistry.Status status) private view returns (bytes32 id, bool found) {
        uint256 n = _ids.length;
        for (uint256 i; i < n; ++i) {
            id = _ids[(seed % n + i) % n];
            if (_requests.stateOf(id).status == status) return (id, true);
        }
        return (bytes32(0), false);
    }

    /// @dev As `_pick`; when no request has `status`, takes one request a step towards it with
    /// the right actor instead (so that random sequences keep reaching the late steps).
    function _pickOrProgress(uint256 seed, DataRequestRegistry.Status status) private returns (bytes32 id, bool found) {
        (id, found) = _pick(seed, status);
        if (!found) _progressTowards(status);
    }

    function _progressTowards(DataRequestRegistry.Status status) private {
        if (status == DataRequestRegistry.Status.Created) return _createValid();
        DataRequestRegistry.Status previous = status == DataRequestRegistry.Status.Fulfilled
            ? DataRequestRegistry.Status.Accepted
            : DataRequestRegistry.Status(uint8(status) - 1);
        (bytes32 id, bool found) = _pick(_salt, previous);
        if (!found) return _progressTowards(previous);
        DataRequestRegistry.Request memory r = _ghosts[id].request;
        if (status == DataRequestRegistry.Status.Approved) {
            _doApprove(id, r.creator == _p.captain ? _p.captain2 : _p.captain);
        } else if (status == DataRequestRegistry.Status.LetterBound) {
            _doBind(id, _p.office, _letterFor(id, r, 1));
        } else if (status == DataRequestRegistry.Status.Accepted) {
            _doAccept(id, _custodianOf(r.targetDepartment));
        } else {
            _doFulfil(
                id, _custodianOf(r.targetDepartment), _ghosts[id].boundLetter, _response(id, r.targetDepartment, 1)
            );
        }
    }

    function _doApprove(bytes32 id, address actor) private {
        Ghost storage g = _ghosts[id];
        (Consortium.Member memory m, uint16 roles) = _consortium.memberOf(actor);
        bool captainOfRequester = m.department == g.request.requesterDepartment && roles & Roles.CAPTAIN != 0;
        DataRequestRegistry.Request memory r = g.request;
        vm.prank(actor);
        try _requests.approve(r) {
            g.approver = actor;
            g.approverWasCaptainOfRequester = captainOfRequester;
            ++approved;
        } catch {
            ++refused;
        }
    }

    /// @dev Has the office issue `l`, then `actor` bind it to the request.
    function _doBind(bytes32 id, address actor, ILetterRegistry.Letter memory l) private {
        vm.prank(_p.office);
        try _letters.issue(l) returns (bytes32) {
            _issued.push(l);
        } catch {
            ++refused;
            return;
        }
        Ghost storage g = _ghosts[id];
        DataRequestRegistry.Request memory r = g.request;
        vm.prank(actor);
        try _requests.bindLetter(r, l) {
            g.boundLetter = l;
            g.boundLetterId = _letters.idOf(l);
            ++bound;
        } catch {
            ++refused;
        }
    }

    function _doAccept(bytes32 id, address actor) private {
        DataRequestRegistry.Request memory r = _ghosts[id].request;
        vm.prank(actor);
        try _requests.accept(r) {
            ++accepted;
        } catch {
            ++refused;
        }
    }

    function _doFulfil(bytes32 id, address actor, ILetterRegistry.Letter memory l, Response memory resp) private {
        Ghost storage g = _ghosts[id];
        DataRequestRegistry.Request memory r = g.request;
        vm.prank(actor);
        try _requests.fulfil(r, l, resp.responseHash, resp.blobRef, resp.stampDeadline, resp.stamp) {
            _recordFulfilment(g, l, actor);
            ++fulfilled;
        } catch {
            ++refused;
        }
    }

    function _letterFor(bytes32 id, DataRequestRegistry.Request memory r, uint256 windowSeed)
        private
        view
        returns (ILetterRegistry.Letter memory l)
    {
        l.issuerDepartment = r.requesterDepartment;
        l.issuer = _p.office;
        l.holder = r.creator;
        l.targetDepartment = r.targetDepartment;
        l.caseId = r.caseId;
        l.requestId = id;
        l.categories = r.categories | ((windowSeed >> 64) % 8);
        l.purposeHash = keccak256("purpose");
        // Mostly open now; sometimes opening later. Lifetimes from minutes to days.
        l.validFrom = windowSeed % 5 == 0 ? _now + _u64(windowSeed % 3 hours) : _now - _u64(windowSeed % 1 days);
        l.validUntil = _now + 3 hours + _u64((windowSeed >> 32) % 3 days);
        l.nonce = _letters.nonceOf(_p.office);
    }

    /// @dev Twice in ten, moves one field of the letter out of the request's scope.
    function _tamper(ILetterRegistry.Letter memory l, DataRequestRegistry.Request memory r, uint256 seed) private view {
        if (seed % 10 >= 2) return;
        uint256 which = (seed / 10) % 5;
        if (which == 0) {
            uint256 fewer = r.categories & (r.categories - 1); // drop the lowest category asked for
            l.categories = fewer == 0 ? 8 : fewer;
        } else if (which == 1) {
            l.targetDepartment = r.targetDepartment == TRAFFIC ? FIRE : TRAFFIC;
        } else if (which == 2) {
            l.holder = r.creator == _p.officer2 ? _p.officer : _p.officer2;
        } else if (which == 3) {
            l.requestId = keccak256(abi.encode(l.requestId));
        } else {
            l.caseId = r.caseId == _cases[0] ? _cases[1] : _cases[0];
        }
    }

    struct Response {
        bytes32 responseHash;
        bytes32 blobRef;
        uint64 stampDeadline;
        bytes stamp;
    }

    /// @dev A response stamped, seven times in eight, by the target's seal; otherwise by a wrong key.
    function _response(bytes32 id, bytes32 target, uint256 stampSeed) private view returns (Response memory resp) {
        resp.responseHash = keccak256(abi.encode("response", id));
        resp.blobRef = keccak256(abi.encode("blob", id));
        resp.stampDeadline = _now + _u64(stampSeed % 2 hours);
        uint256 key = stampSeed % 8 == 0 ? _wrongKeyFor(target, stampSeed) : _sealKeys[target];
        bytes32 digest = _requests.stampDigest(id, resp.responseHash, resp.blobRef, resp.stampDeadline);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, digest);
        resp.stamp = abi.encodePacked(r, s, v);
    }

    /// @dev What held at the block of a successful fulfilment: the letter used, its validity and
    /// revocation then, the fulfiller's department and role then.
    function _recordFulfilment(Ghost storage g, ILetterRegistry.Letter memory l, address actor) private {
        bytes32 usedId = _letters.idOf(l);
        (Consortium.Member memory m, uint16 roles) = _consortium.memberOf(actor);
        g.fulfilled = true;
        g.fulfilledAt = _now;
        g.fulfilLetter = l;
        g.fulfilLetterId = usedId;
        g.letterValidAtFulfil = _letters.isValid(usedId, _now);
        g.letterRevokedAtFulfil = _letters.registrationOf(usedId).revokedAt != 0;
        g.fulfillerDepartment = m.department;
        g.fulfillerWasCustodian = roles & Roles.CUSTODIAN != 0;
    }

    function _custodianOf(bytes32 department) private view returns (address) {
        return department == TRAFFIC ? _p.trafficCustodian : _p.fireCustodian;
    }

    function _wrongKeyFor(bytes32 department, uint256 seed) private view returns (uint256) {
        if (seed % 2 == 0) return _wrongKey;
        return _sealKeys[department == TRAFFIC ? FIRE : TRAFFIC];
    }

    /// @dev Six times in eight the right actor; once the likeliest wrong one (same role, wrong
    /// department, or same department, wrong person); once anyone at all.
    function _actor(uint256 seed, address right, address plausiblyWrong) private view returns (address) {
        uint256 a = seed % 8;
        return a < 6 ? right : (a == 6 ? plausiblyWrong : _anyone(seed));
    }

    function _otherCustodian(bytes32 target, uint256 seed) private view returns (address) {
        if ((seed >> 4) % 2 == 0) return _p.marketCustodian;
        return target == TRAFFIC ? _p.fireCustodian : _p.trafficCustodian;
    }

    /// @dev Every caller passes a value already reduced below a few days.
    function _u64(uint256 x) private pure returns (uint64) {
        // forge-lint: disable-next-line(unsafe-typecast) x < 5 days
        return uint64(x);
    }

    function _anyone(uint256 seed) private view returns (address) {
        return _everyone[(seed >> 8) % _everyone.length];
    }
}
