package org.bonetrack.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The record does not exist or belongs to someone else. Both cases answer 404 so that an id
 * reveals nothing about other people's data.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RecordNotFoundException extends RuntimeException {

	public RecordNotFoundException(String what) {
		super(what + " not found");
	}

	public static RecordNotFoundException of(String kind, Object id) {
		return new RecordNotFoundException(kind + " " + id);
	}

}
