package com.rolecompare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class RoleCompareApplication {

    public static void main(String[] args) {
        SpringApplication.run(RoleCompareApplication.class, args);
    }
}
