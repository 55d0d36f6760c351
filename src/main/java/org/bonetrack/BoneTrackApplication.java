package org.bonetrack;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class BoneTrackApplication {

	public static void main(String[] args) {
		SpringApplication.run(BoneTrackApplication.class, args);
	}

}
