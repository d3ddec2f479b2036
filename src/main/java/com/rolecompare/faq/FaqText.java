package com.rolecompare.faq;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
record FaqText(@Column(nullable = false) String question, @Column(nullable = false) String answer) {
}
