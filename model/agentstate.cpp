#include "agentstate.h"

#include "device.h"

using namespace Qt::StringLiterals;

QString AgentStateOption::label() const
{
    // The state the server reports once this option is chosen.
    UserState state;
    state.state = operationName;
    if (operationName == "AfterCallWork"_L1) {
        state.state = u"NotReady"_s;
        state.workMode = operationName;
    }
    state.reason = reasonCode;
    const bool systemName = displayName == operationName
                            || defaultsDisplayName(operationName) == displayName;
    if (!systemName)
        state.displayName = displayName;
    return agentStateLabel(state);
}
