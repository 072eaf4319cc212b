package io.scitex.console.launch;

import io.scitex.console.app.ConsoleContext;
import io.scitex.console.settings.ConsolePaths;
import java.lang.reflect.InvocationTargetException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Opens the window with JavaFX loaded as named modules, as JavaFX supports, from a plain {@code java -jar} run too:
 * JavaFX's modular jars go into a module layer of their own, and the console's classes are loaded again by a class
 * loader whose parent is that layer, so {@code javafx.*} resolves to the modules. CLI verbs never get here, so they
 * load no JavaFX class. See docs/decisions/0901.
 */
public final class WindowLauncher {
    static final String APP_CLASS = "io.scitex.console.ui.ConsoleApp";
    static final Set<String> ROOTS = Set.of("javafx.controls", "javafx.fxml");

    private WindowLauncher() {}

    /**
     * Opens the window with the command line's paths and options and blocks until it is closed. They cross to the
     * window's class loader as JDK types (its {@code ConsolePaths} is another class than the caller's).
     */
    public static void open(ConsolePaths paths, ConsoleContext.Overrides overrides) {
        ClassLoader loader = ModuleLayer.boot().findModule("javafx.graphics").isPresent()
                ? WindowLauncher.class.getClassLoader()
                : appLoader(JavaFxJars.find(System.getenv()), System.getProperty("java.class.path", ""));
        Thread.currentThread().setContextClassLoader(loader);
        try {
            Class.forName(APP_CLASS, true, loader).getMethod("launchWindow", Path.class, Map.class, Path.class,
                    Path.class, String.class).invoke(null, paths.home(), paths.env(),
                    overrides.sshConfig().orElse(null), overrides.knownHosts().orElse(null),
                    overrides.defaultHost().orElse(null));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("the window failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot open the window: " + e, e);
        }
    }

    /**
     * A class loader for the console's classes ({@code classPath}) over a layer holding the JavaFX modules in
     * {@code javafxJars}; every JavaFX package is opened to it (ControlsFX and JediTermFX use JavaFX internals).
     */
    static ClassLoader appLoader(List<Path> javafxJars, String classPath) {
        if (javafxJars.isEmpty()) {
            throw new IllegalStateException("JavaFX is missing: no javafx-*.jar modules beside or inside the console's"
                    + " jar (class path: " + classPath + ")");
        }
        ModuleLayer boot = ModuleLayer.boot();
        Configuration cf = boot.configuration().resolve(ModuleFinder.of(javafxJars.toArray(Path[]::new)),
                ModuleFinder.of(), ROOTS);
        ModuleLayer.Controller controller = ModuleLayer.defineModulesWithOneLoader(cf, List.of(boot),
                ClassLoader.getPlatformClassLoader());
        ModuleLayer layer = controller.layer();
        ClassLoader fx = layer.findLoader("javafx.graphics");
        URLClassLoader app = new URLClassLoader("sac-console", urls(classPath, javafxJars), fx);
        Module unnamed = app.getUnnamedModule();
        for (Module m : layer.modules()) {
            for (String pkg : m.getPackages()) {
                controller.addOpens(m, pkg, unnamed);
            }
        }
        return app;
    }

    /** The class path without JavaFX's own jars (those are modules now). */
    private static URL[] urls(String classPath, List<Path> javafxJars) {
        List<URL> urls = new ArrayList<>();
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            if (entry.isEmpty() || javafxJars.contains(Path.of(entry))) {
                continue;
            }
            try {
                urls.add(Path.of(entry).toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalStateException("bad class path entry " + entry, e);
            }
        }
        return urls.toArray(URL[]::new);
    }
}
