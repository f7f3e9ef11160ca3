// The calls of documented_gws.mjs: call resources, their capabilities and the documented
// call-control operations (gws-protocol.md "Call-control operations"). Every operation not
// in the call's capabilities is refused 400 statusCode 2; a missing required attribute is
// 400 statusCode 1. An accepted operation answers statusCode 0 and its outcome arrives as
// CallStateChangeMessage notifications, as the "Call resource" page shows.
import crypto from 'node:crypto';

const USER_DATA_OPS = ['AttachUserData', 'UpdateUserData', 'DeleteUserData', 'DeleteUserDataPair'];
// call-resource-established.json, plus MuteCall/UnmuteCall from the call-control reference.
const ESTABLISHED = ['SendDtmf', 'InitiateConference', 'Hold', 'SingleStepTransfer', 'InitiateTransfer',
                     'SingleStepConference', 'Hangup', 'StartCallRecording', ...USER_DATA_OPS];
// The supervisor's monitored call, as call-supervisor-switched-to-listenin.json lists it
// (without the Switch* operation, added by mode below).
const MONITORED = ['AttachUserData', 'InitiateConference', 'UpdateUserData', 'Hold', 'SingleStepTransfer',
                   'DeleteUserData', 'SingleStepConference', 'Hangup', 'DeleteUserDataPair', 'SendDtmf',
                   'InitiateTransfer', 'RemoveParticipantFromConference'];
const SWITCHES = { ListenIn: ['SwitchToBargeIn'], BargeIn: ['SwitchToListenIn'],
                   Coach: ['SwitchToListenIn', 'SwitchToBargeIn'] };
const WITH_DESTINATION = ['SingleStepTransfer', 'SingleStepConference', 'InitiateTransfer', 'InitiateConference'];
const DTMF = /^[0-9*#]+$/;

export const participant = (n) => ({ e164Number: '', formattedPhoneNumber: n, phoneNumber: n, digits: n });

// ctx: { origin() -> 'http://127.0.0.1:PORT', deviceId(), phone(), publish(channel, data), metrics() }
export function createCalls(ctx) {
  const calls = new Map(); // id -> call (kept as the server would show it, plus private fields)
  const byUri = (uri) => [...calls.values()].find((c) => c.uri === uri);
  const consultOf = (call) => [...calls.values()].find((c) => c.parentCallUri === call.uri);
  const parentOf = (call) => (call.parentCallUri ? byUri(call.parentCallUri) : undefined);
  const completeOp = (consult) => `Complete${consult.consultKind}`; // Transfer | Conference
  // Another call of the agent on hold, not part of a consult pair: a swap/merge partner.
  const heldOther = (call) => [...calls.values()].find((c) => c !== call && c.state === 'Held' &&
    !c.parentCallUri && !consultOf(c) && !c.monitorMode);

  function newCall(remote, callType, extra = {}) {
    const id = crypto.randomBytes(16).toString('hex').toUpperCase();
    const inbound = callType === 'Inbound';
    const call = {
      id, state: 'Unknown', callUuid: id, connId: crypto.randomBytes(8).toString('hex'),
      deviceUri: `${ctx.origin()}/api/v2/devices/${ctx.deviceId()}`,
      participants: [participant(remote)], dnis: inbound ? ctx.phone() : remote,
      ani: inbound ? remote : ctx.phone(), callType, capabilities: [],
      userData: {}, duration: '0', mute: 'Off', recordingState: 'Stopped',
      supervisorListeningIn: false, monitoredUserMuted: false,
      uri: `${ctx.origin()}/api/v2/me/calls/${id}`, path: `/calls/${id}`, startedAt: Date.now(),
      ...extra,
    };
    calls.set(id, call);
    return call;
  }

  function capabilitiesOf(call) {
    switch (call.state) {
      case 'Dialing': return ['SendDtmf', 'Hangup', ...USER_DATA_OPS];
      case 'Ringing': return ['Answer', ...USER_DATA_OPS];
      case 'Held': {
        const consult = consultOf(call);
        return ['Retrieve', 'Hangup', ...USER_DATA_OPS,
                ...(consult && consult.state === 'Established' ? [completeOp(consult)] : [])];
      }
      case 'Established':
        if (call.monitorMode) return [...MONITORED, ...SWITCHES[call.monitorMode]];
        if (call.callType === 'Consult') return ['SendDtmf', 'Hangup', completeOp(call), ...USER_DATA_OPS];
        return [...ESTABLISHED, call.mute === 'On' ? 'UnmuteCall' : 'MuteCall',
                ...(call.participants.length > 1 ? ['RemoveParticipantFromConference'] : []),
                ...(heldOther(call) ? ['SwapCalls', 'MergeWithOtherCall'] : [])];
      default: return [];
    }
  }

  // The call as sent: duration a string of seconds, no private fields.
  function callResource(call) {
    const { startedAt, established, consultKind, monitorMode, ...rest } = call;
    const live = call.state === 'Established' || call.state === 'Held';
    return { ...rest, duration: String(live ? Math.floor((Date.now() - startedAt) / 1000) : 0) };
  }

  // strings: participants as phone-number strings plus participantsInfo and no path, as
  // gws-samples/call-dialing-participant-strings.json shows.
  function publishCall(call, { type = 'StatusChange', strings = false } = {}) {
    call.capabilities = capabilitiesOf(call);
    let sent = callResource(call);
    if (strings) {
      const { path, ...rest } = sent;
      sent = { ...rest, participants: call.participants.map((p) => p.phoneNumber),
               participantsInfo: call.participants.map(({ phoneNumber, ...info }) => ({
                 ...info, e164Number: phoneNumber })) };
    }
    ctx.publish('/v2/me/calls', { messageType: 'CallStateChangeMessage', notificationType: type,
                                  call: sent, phoneNumber: ctx.phone(),
                                  extensions: { WrapUpTime: 0, BusinessCall: 0 }, metrics: ctx.metrics() });
  }

  // Other calls whose capabilities changed with this one (a swap partner, a consult's parent).
  function refreshOthers(changed) {
    for (const c of calls.values())
      if (c !== changed && JSON.stringify(capabilitiesOf(c)) !== JSON.stringify(c.capabilities))
        publishCall(c);
  }

  function setState(call, state, options) {
    call.state = state;
    if (state === 'Established' && !call.established) {
      call.established = true;
      call.startedAt = Date.now();
    }
    if (state === 'Released') calls.delete(call.id);
    publishCall(call, options);
    refreshOthers(call);
  }

  // A Dialing call (participants as strings) that the far end answers 300 ms later.
  function dial(number, callType = 'Internal', extra = {}) {
    const call = newCall(number, callType, extra);
    setState(call, 'Dialing', { strings: true });
    setTimeout(() => { if (calls.get(call.id) === call && call.state === 'Dialing')
      setState(call, 'Established'); }, 300);
    return call;
  }

  function ring(from) {
    const call = newCall(from, 'Inbound');
    setState(call, 'Ringing');
    return call;
  }

  // The supervisor's leg of a monitored agent's call: both parties, mute by mode.
  function monitored(mode, agentNumber, customerNumber) {
    const call = newCall(customerNumber, 'Internal', { monitorMode: mode });
    call.participants = [participant(agentNumber), participant(customerNumber)];
    call.path = `calls/${call.id}`; // as call-supervisor-switched-to-listenin.json writes it
    call.mute = mode === 'ListenIn' ? 'On' : 'Off';
    setState(call, 'Established');
    return call;
  }

  const refuse = (statusCode, statusMessage) => ({ refused: { statusCode, statusMessage } });

  // POST /me/calls/{id}: returns { refused } or { then } (the outcome, run after answering 0).
  function operate(call, body) {
    const op = body.operationName;
    if (!call.capabilities.includes(op)) return refuse(2, `${op} is not valid for a ${call.state} call`);
    const dest = body.destination && body.destination.phoneNumber;
    if (WITH_DESTINATION.includes(op) && (typeof dest !== 'string' || !dest))
      return refuse(1, 'destination.phoneNumber is missing');
    switch (op) {
      case 'Answer': case 'Retrieve': return { then: () => setState(call, 'Established') };
      case 'Hold': return { then: () => setState(call, 'Held') };
      case 'Hangup': case 'SingleStepTransfer': return { then: () => setState(call, 'Released') };
      case 'MuteCall': case 'UnmuteCall':
        return { then: () => { call.mute = op === 'MuteCall' ? 'On' : 'Off'; publishCall(call); } };
      case 'SendDtmf':
        if (body.digits === undefined) return refuse(1, 'digits is missing');
        if (typeof body.digits !== 'string' || !DTMF.test(body.digits)) return refuse(2, 'digits: 0-9, *, # only');
        return { then: () => publishCall(call, { type: 'DtmfSent' }) };
      case 'SingleStepConference':
        return { then: () => {
          call.participants.push(participant(dest));
          publishCall(call, { type: 'ParticipantsUpdated', strings: true });
        } };
      case 'InitiateTransfer': case 'InitiateConference':
        return { then: () => {
          setState(call, 'Held');
          dial(dest, 'Consult', { parentCallUri: call.uri,
                                  consultKind: op === 'InitiateTransfer' ? 'Transfer' : 'Conference' });
        } };
      case 'CompleteTransfer': case 'CompleteConference': {
        const original = call.parentCallUri ? parentOf(call) : call;
        const consult = call.parentCallUri ? call : consultOf(call);
        if (!original || !consult) return refuse(2, 'no consult call to complete');
        if (body.consultCallUri !== undefined && body.consultCallUri !== consult.uri)
          return refuse(2, `consultCallUri ${body.consultCallUri} is not this call's consult`);
        if (op === 'CompleteTransfer')
          return { then: () => { setState(consult, 'Released'); setState(original, 'Released'); } };
        return { then: () => {
          setState(consult, 'Released');
          setState(original, 'Established');
          original.participants.push(...consult.participants);
          publishCall(original, { type: 'ParticipantsUpdated', strings: true });
        } };
      }
      case 'RemoveParticipantFromConference': {
        if (body.participant === undefined) return refuse(1, 'participant is missing');
        const at = call.participants.findIndex((p) => p.phoneNumber === body.participant);
        if (at < 0) return refuse(2, `${body.participant} is not a participant`);
        return { then: () => {
          call.participants.splice(at, 1);
          publishCall(call, { type: 'ParticipantsUpdated' });
        } };
      }
      case 'SwapCalls': case 'MergeWithOtherCall': {
        if (body.otherCallUri === undefined) return refuse(1, 'otherCallUri is missing');
        const other = byUri(body.otherCallUri);
        if (!other || other !== heldOther(call)) return refuse(2, `otherCallUri ${body.otherCallUri} is not a held call of yours`);
        if (op === 'SwapCalls')
          return { then: () => { setState(call, 'Held'); setState(other, 'Established'); } };
        return { then: () => {
          setState(other, 'Released');
          call.participants.push(...other.participants);
          publishCall(call, { type: 'ParticipantsUpdated' });
        } };
      }
      case 'SwitchToBargeIn': case 'SwitchToListenIn':
        return { then: () => {
          call.monitorMode = op.slice('SwitchTo'.length);
          call.mute = call.monitorMode === 'ListenIn' ? 'On' : 'Off';
          publishCall(call);
        } };
      case 'AttachUserData': case 'UpdateUserData':
        if (!body.userData || typeof body.userData !== 'object' || Array.isArray(body.userData))
          return refuse(1, 'userData is missing');
        // Each request is an AttachedDataChanged, even when nothing changed: the same call
        // again, byte for byte (the case RepeatedCalls must still deliver to end the wait).
        return { then: () => {
          Object.assign(call.userData, body.userData);
          publishCall(call, { type: 'AttachedDataChanged' });
        } };
      default: return { then: () => {} }; // deleting user data, recording: accepted, nothing shown
    }
  }

  return { calls, callResource, dial, ring, monitored, operate, setState };
}
