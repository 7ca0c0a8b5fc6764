package dev.clinic.gateway.routing;

import java.util.Comparator;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import dev.clinic.gateway.config.GatewayConfig;

class RouteTableProducer {

    @Produces
    @Singleton
    RouteTable routeTable(GatewayConfig config) {
        return RouteTable.of(config.routes().entrySet().stream()
                .map(route -> new Upstream(route.getKey(), route.getValue().url(), route.getValue().prefixes()))
                .sorted(Comparator.comparing(Upstream::name))
                .toList());
    }
}
