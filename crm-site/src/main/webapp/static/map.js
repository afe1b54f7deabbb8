// The maps of the website: the search's results (one marker per listed home that has a place) and a listing's own
// place. The page works without it: the list holds everything; the map is an extra for those who can see it.
(function () {
    'use strict';

    function tiles(element) {
        return L.tileLayer(element.getAttribute('data-tiles'), {
            maxZoom: 19,
            attribution: '&copy; OpenStreetMap contributors'
        });
    }

    function resultsMap(element) {
        var cards = document.querySelectorAll('#results .card[data-lat]');
        if (cards.length === 0) {
            element.hidden = true;
            return;
        }
        var map = L.map(element, { scrollWheelZoom: false });
        tiles(element).addTo(map);
        var bounds = [];
        cards.forEach(function (card) {
            var place = [parseFloat(card.getAttribute('data-lat')), parseFloat(card.getAttribute('data-lon'))];
            var link = document.createElement('a');
            link.href = card.getAttribute('data-href');
            link.textContent = card.getAttribute('data-price') + ' · ' + card.getAttribute('data-title');
            L.marker(place, { title: card.getAttribute('data-title'), alt: card.getAttribute('data-title') })
                .bindPopup(link).addTo(map);
            bounds.push(place);
        });
        map.fitBounds(bounds, { padding: [24, 24], maxZoom: 15 });
    }

    function listingMap(element) {
        var place = [parseFloat(element.getAttribute('data-lat')), parseFloat(element.getAttribute('data-lon'))];
        var map = L.map(element, { scrollWheelZoom: false }).setView(place, 15);
        tiles(element).addTo(map);
        L.marker(place, { title: element.getAttribute('data-title'), alt: element.getAttribute('data-title') })
            .addTo(map);
    }

    document.addEventListener('DOMContentLoaded', function () {
        var element = document.getElementById('map');
        if (!element || typeof L === 'undefined') {
            return;
        }
        if (element.hasAttribute('data-lat')) {
            listingMap(element);
        } else {
            resultsMap(element);
        }
    });
}());
