package com.rolecompare.comparison;

import java.time.Duration;
import java.util.HashSet;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.rolecompare.content.Languages;
import com.rolecompare.role.Pair;
import com.rolecompare.role.Roles;
import com.rolecompare.web.NotFoundException;

/** The link-preview image of a comparison, at its fingerprinted address; any other address is a 404. */
@Controller
class PreviewController {

    private final PreviewImages previews;
    private final Roles roles;
    private final Languages languages;

    PreviewController(PreviewImages previews, Roles roles, Languages languages) {
        this.previews = previews;
        this.roles = roles;
        this.languages = languages;
    }

    @GetMapping(PreviewImages.PREFIX + "{hash}/{name}")
    ResponseEntity<byte[]> preview(@PathVariable String hash, @PathVariable String name) {
        byte[] png = hash.length() == 16 && name.length() < 140
                ? previews.png(hash, name, segment -> Pair.parse(segment, roles::exists).orElse(null),
                        new HashSet<>(languages.tags()))
                : null;
        if (png == null) {
            throw NotFoundException.preview(name);
        }
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()).body(png);
    }
}
