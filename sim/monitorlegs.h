#pragma once

// Brings supervisors' monitoring legs in line with who monitors whom, after every change on
// the switch (a step of Switch::commit, its only caller): a supervisor monitoring an agent
// gets a leg (Established, in the monitoring's mode) on each connected call of that agent
// (NextCall: the next one only), and leaves when monitoring ends, when the agent leaves
// (scope Agent) or with the call (scope Call). It reads who monitors whom from the
// Directory and changes legs on the Telephony; neither of them knows it.

class Directory;
class Telephony;

class MonitorLegs
{
public:
    static void reconcile(Telephony &telephony, Directory &directory);
};
