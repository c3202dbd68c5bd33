package org.triage.fixes.m365;

import java.util.List;

import org.triage.core.fix.Fix;
import org.triage.core.fix.FixContext;
import org.triage.core.fix.FixPreview;
import org.triage.core.probe.ClockProbe;
import org.triage.core.probe.EndpointsProbe;
import org.triage.core.target.ClockReading;
import org.triage.core.target.TargetAction;

/**
 * Sets the clock right: the Windows Time service resynchronises with its source now ({@code w32tm /resync /force},
 * the service started first where it is stopped). The verification reads the clock against Entra ID's again.
 */
public final class ResyncClockFix implements Fix {

    @Override
    public FixPreview preview(FixContext context) {
        ClockReading clock = context.target().clock(context.monitor()).optionalValue().orElse(null);
        String now = clock == null || clock.offset() == null ? ""
                : " (now " + ClockProbe.describe(clock.offset()) + " " + clock.reference() + ")";
        String source = clock == null || clock.service() == null || clock.service().source() == null ? ""
                : " with " + clock.service().source();
        return new FixPreview("resynchronise the clock" + source + now, List.of(new TargetAction.ResyncClock()),
                List.of());
    }

    @Override
    public List<String> verificationProbes() {
        return List.of(ClockProbe.ID, EndpointsProbe.ID);
    }
}
