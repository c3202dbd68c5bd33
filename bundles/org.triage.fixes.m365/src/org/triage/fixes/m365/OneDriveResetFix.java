package org.triage.fixes.m365;

import java.util.List;

import org.triage.core.fix.Fix;
import org.triage.core.fix.FixContext;
import org.triage.core.fix.FixPreview;
import org.triage.core.probe.CachedCredentialsProbe;
import org.triage.core.probe.DeviceRegistrationProbe;
import org.triage.core.target.TargetAction;

/** Step 2 of the guide: {@code onedrive.exe /reset}, which keeps local files, then start OneDrive. */
public final class OneDriveResetFix implements Fix {

    @Override
    public FixPreview preview(FixContext context) {
        return new FixPreview("reset OneDrive (local files are kept) and start it again",
                List.of(new TargetAction.ResetOneDrive(), new TargetAction.RestartOneDrive()), List.of());
    }

    @Override
    public List<String> verificationProbes() {
        return List.of(DeviceRegistrationProbe.ID, CachedCredentialsProbe.ID);
    }
}
