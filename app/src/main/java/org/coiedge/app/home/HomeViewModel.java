package org.coiedge.app.home;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.coiedge.core.auth.KioskFunction;
import org.coiedge.core.auth.StaffMember;

/**
 * The home screen's tiles: the functions the signed-in person's roles allow, each marked
 * available or not yet built (a tile for a workflow that does not exist yet is shown disabled and
 * says so; it never pretends to work). UI thread only.
 */
public final class HomeViewModel {
    /** One tile. */
    public record Tile(KioskFunction function, boolean available) {
    }

    private final Set<KioskFunction> built;
    private final ObservableList<Tile> tiles = FXCollections.observableArrayList();
    /** One read-only view, kept: a new view per call would hold listeners only weakly. */
    private final ObservableList<Tile> tilesView = FXCollections.unmodifiableObservableList(tiles);

    /** @param built the functions this build has screens for */
    public HomeViewModel(Set<KioskFunction> built) {
        this.built = EnumSet.copyOf(Objects.requireNonNull(built, "built"));
    }

    /** Marks {@code f} as built too (a workflow's screens wired in by the shell). Before the first {@link #showFor}. */
    public void built(KioskFunction f) {
        built.add(Objects.requireNonNull(f, "f"));
    }

    public ObservableList<Tile> tiles() {
        return tilesView;
    }

    /** Shows the tiles for {@code user}; none when nobody is signed in. */
    public void showFor(StaffMember user) {
        List<Tile> out = new ArrayList<>();
        if (user != null) {
            for (KioskFunction f : KioskFunction.visibleTo(user.roles())) {
                out.add(new Tile(f, built.contains(f)));
            }
        }
        tiles.setAll(out);
    }
}
