package dev.rosie.sim;

/**
 * The battery: drains with distance driven and suction time, charges while docked, and stays
 * within 0 and 1. A flat battery cuts the motors and the suction (the facade asks {@link #flat()}).
 */
final class Battery {
    private final double drainPerMetre;
    private final double drainPerSuctionSecond;
    private final double chargePerSecond;
    private double charge;

    Battery(SimConfig config) {
        this.drainPerMetre = config.drainPerMetre();
        this.drainPerSuctionSecond = config.drainPerSuctionSecond();
        this.chargePerSecond = config.chargePerSecond();
        this.charge = config.initialBattery();
    }

    double charge() {
        return charge;
    }

    boolean flat() {
        return charge <= 0;
    }

    void step(double metres, boolean suction, boolean docked, double seconds) {
        double drain = metres * drainPerMetre;
        if (suction) {
            drain += drainPerSuctionSecond * seconds;
        }
        charge -= drain;
        if (docked) {
            charge += chargePerSecond * seconds;
        }
        charge = Math.max(0, Math.min(1, charge));
    }
}
