package org.coiedge.app.badgepin;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.coiedge.core.auth.StaffMember;

/**
 * What a {@link BadgePinViewModel} asks for: the meaning shown with the signature ("Verified by",
 * "Witnessed by"), what the person is to do, who may sign, and what happens once they did.
 *
 * @param meaning     the signature's meaning as shown on screen
 * @param instruction one sentence: who signs and why
 * @param refusal     for the person whose badge was scanned: why they may not sign here, or empty if they may;
 *                    asked before the PIN, so nobody types a PIN for nothing
 * @param onSigned    called on the UI thread with the signer once badge and PIN matched
 */
public record BadgePinRequest(String meaning, String instruction, Function<StaffMember, Optional<String>> refusal,
        Consumer<StaffMember> onSigned) {
    public BadgePinRequest {
        Objects.requireNonNull(meaning, "meaning");
        Objects.requireNonNull(instruction, "instruction");
        Objects.requireNonNull(refusal, "refusal");
        Objects.requireNonNull(onSigned, "onSigned");
    }

    public Optional<String> refusal(StaffMember staff) {
        return refusal.apply(staff);
    }
}
