import dev.rosie.webots.RosieController;

/**
 * The class Webots starts. Webots runs a Java controller as
 * {@code java -classpath Controller.jar:controllers/<name>/<name>.jar <name> <controllerArgs>}, so the
 * main class must be named after the controller folder and sit in the unnamed package. It only
 * hands over to {@link RosieController}.
 */
public final class rosie_controller {
    private rosie_controller() {
    }

    public static void main(String[] args) {
        RosieController.main(args);
    }
}
