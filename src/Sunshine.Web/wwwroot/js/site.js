// Progressive enhancement only: every page works without this file.
(function () {
    "use strict";
    document.documentElement.classList.add("js");
    document.addEventListener("click", function (e) {
        var target = e.target instanceof Element ? e.target.closest("[data-print]") : null;
        if (target) {
            e.preventDefault();
            window.print();
        }
    });
})();
